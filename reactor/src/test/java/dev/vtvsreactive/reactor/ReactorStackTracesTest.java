package dev.vtvsreactive.reactor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vtvsreactive.lesson.failure.JobFailedException;
import dev.vtvsreactive.lesson.http.HttpFailure;
import dev.vtvsreactive.contract.StackTracesContractTest;
import dev.vtvsreactive.lesson.traces.DebugAid;
import dev.vtvsreactive.lesson.traces.FailingScenario;
import dev.vtvsreactive.lesson.traces.Mention;
import dev.vtvsreactive.lesson.traces.TracedFailure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What Reactor hands the caller of {@code Mono.block()} when the gather or the HTTP example fails,
 * with each aid this JVM can switch on and off: the names its traces hold, asserted. The debug
 * agent, which cannot be switched off, is probed in a child JVM by bench's
 * {@code StackTracesExperimentTest}.
 */
class ReactorStackTracesTest extends StackTracesContractTest {

    private static TracedFailure caught(DebugAid aid, FailingScenario scenario) {
        return caught(new ReactorStackTracesModel(aid), scenario);
    }

    @Test
    void offTheGathersTraceIsTheTimerThreadsWhereJobBFailedNotTheCodeThatBuiltTheGather() {
        TracedFailure caught = caught(DebugAid.NONE, FailingScenario.GATHER);

        assertThat(caught.exception()).isEqualTo(JobFailedException.class.getName());
        assertThat(caught.text()).contains("ReactorFailures.lambda$job$", "reactor.core.scheduler.PeriodicWorkerTask");
        assertThat(caught.scenarioNamed()).isEqualTo(Mention.NONE);
    }

    @Test
    void offTheHttpTraceIsTheEventLoopsThatReadThe500NotTheCodeThatSentTheGets() {
        TracedFailure caught = caught(DebugAid.NONE, FailingScenario.HTTP);

        assertThat(caught.exception()).isEqualTo(HttpFailure.class.getName());
        assertThat(caught.text()).contains("comments/1: unexpected HTTP status (HTTP 500)", "io.netty.channel");
        assertThat(caught.scenarioNamed()).isEqualTo(Mention.NONE);
    }

    @ParameterizedTest
    @EnumSource(FailingScenario.class)
    void blockAddsAnExceptionMadeOnTheCallersThreadSoEveryTraceNamesTheCaller(FailingScenario scenario) {
        TracedFailure caught = caught(DebugAid.NONE, scenario);

        assertThat(caught.text()).contains("Suppressed: java.lang.Exception: #block terminated with an error");
        assertThat(caught.callerNamed()).isEqualTo(Mention.FRAME);
        assertThat(caught.text()).doesNotContain("Assembly trace", "checkpoint");
    }

    @ParameterizedTest
    @EnumSource(FailingScenario.class)
    void aCheckpointNamesTheScenarioByItsDescriptionOnlyNotByItsCode(FailingScenario scenario) {
        TracedFailure caught = caught(DebugAid.CHECKPOINT, scenario);

        assertThat(caught.text()).contains("checkpoint ⇢ " + scenario.title()).doesNotContain("Assembly trace");
        assertThat(caught.scenarioNamed()).isEqualTo(Mention.NONE);
        assertThat(caught.callerNamed()).isEqualTo(Mention.FRAME);
    }

    @ParameterizedTest
    @CsvSource({
        "GATHER, Mono.defer ⇢ at dev.vtvsreactive.reactor.ReactorFailures.gather(",
        "HTTP,   Mono.zip ⇢ at dev.vtvsreactive.reactor.ReactorStackTraces.http("
    })
    void onOperatorDebugNamesWhereEachOperatorWasAssembledTheScenariosToo(FailingScenario scenario, String site) {
        TracedFailure caught = caught(DebugAid.ON_OPERATOR_DEBUG, scenario);

        assertThat(caught.text()).contains("Assembly trace from producer", "Error has been observed at the following site(s)",
                site);
        assertThat(caught.scenarioNamed()).isEqualTo(Mention.MESSAGE);
        assertThat(caught.lines()).as("the assembly sites are lines of a message, not frames").isGreaterThan(caught.frames());
    }

    @Test
    void onOperatorDebugIsResetWhenItsModelCloses() {
        caught(DebugAid.ON_OPERATOR_DEBUG, FailingScenario.GATHER);

        assertThat(caught(DebugAid.NONE, FailingScenario.GATHER).text()).doesNotContain("Assembly trace");
    }

    @Test
    void itsAidsAreNoneThenItsOwnTheAgentInAJvmOfItsOwn() {
        assertThat(new ReactorPlugin().stackTraces().variants()).containsExactly(
                DebugAid.NONE, DebugAid.CHECKPOINT, DebugAid.ON_OPERATOR_DEBUG, DebugAid.REACTOR_DEBUG_AGENT);
        assertThat(DebugAid.REACTOR_DEBUG_AGENT.ownJvm()).isTrue();
        assertThat(DebugAid.ON_OPERATOR_DEBUG.ownJvm()).isFalse();
    }
}
