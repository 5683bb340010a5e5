package dev.vtvsreactive.bench.traces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.vtvsreactive.lesson.LessonModels;
import dev.vtvsreactive.lesson.ModelPlugin;
import dev.vtvsreactive.lesson.traces.DebugAid;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How models list their debug aids: none first, an aid this build cannot run listed and refused, each by its label. */
class StackTracesFactoryTest {

    @Test
    void everyModelListsNoneFirstThenItsOwnAids() {
        assertThat(LessonModels.plugins()).extracting(plugin -> plugin.model().key() + ": " + plugin.stackTraces().variants())
                .containsExactly(
                        "virtual-threads: [none, structured-task-scope]",
                        "reactor: [none, checkpoint, on-operator-debug, reactor-debug-agent]",
                        "rxjava: [none, assembly-tracking]",
                        "completable-future: [none]");
        assertThat(LessonModels.plugins()).map(ModelPlugin::stackTraces).allSatisfy(factory ->
                assertThat(factory.variants().getFirst()).isEqualTo(DebugAid.NONE));
    }

    @Test
    void aFactoryMustStartWithNone() {
        assertThatIllegalArgumentException().isThrownBy(() -> FakeStackTraces.factory(List.of(DebugAid.CHECKPOINT)))
                .withMessage("completable-future: the debug aids must start with none, were [checkpoint]");
    }

    @Test
    void anAidThisBuildCannotRunIsListedButNeverMade() {
        var factory = FakeStackTraces.factory(List.of(DebugAid.NONE, DebugAid.STRUCTURED_TASK_SCOPE));

        assertThat(factory.variants()).contains(DebugAid.STRUCTURED_TASK_SCOPE);
        assertThatIllegalArgumentException().isThrownBy(() -> factory.create(DebugAid.STRUCTURED_TASK_SCOPE))
                .withMessageStartingWith("structured-task-scope: StructuredTaskScope is a preview API in JDK 25");
        assertThatIllegalArgumentException().isThrownBy(() -> factory.create(DebugAid.ASSEMBLY_TRACKING))
                .withMessage("completable-future has no debug aid 'assembly-tracking'; its variants: none, structured-task-scope");
    }

    @Test
    void onlyTheAgentNeedsAJvmOfItsOwnAndEveryAidIsFoundByItsLabel() {
        assertThat(List.of(DebugAid.values())).filteredOn(DebugAid::ownJvm).containsExactly(DebugAid.REACTOR_DEBUG_AGENT);
        assertThat(DebugAid.REACTOR_DEBUG_AGENT.jvmOptions()).containsExactly("-XX:+EnableDynamicAgentLoading");
        assertThat(List.of(DebugAid.values())).allSatisfy(aid -> assertThat(DebugAid.of(aid.label())).isSameAs(aid));
        assertThatIllegalArgumentException().isThrownBy(() -> DebugAid.of("printStackTrace"))
                .withMessageStartingWith("unknown debug aid 'printStackTrace'; known variants: none, checkpoint");
    }
}
