package dev.vtvsreactive.virtualthreads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.vtvsreactive.lesson.failure.JobFailedException;
import dev.vtvsreactive.lesson.http.HttpFailure;
import dev.vtvsreactive.contract.StackTracesContractTest;
import dev.vtvsreactive.lesson.traces.DebugAid;
import dev.vtvsreactive.lesson.traces.FailingScenario;
import dev.vtvsreactive.lesson.traces.Mention;
import dev.vtvsreactive.lesson.traces.StackTracesFactory;
import dev.vtvsreactive.lesson.traces.TracedFailure;
import org.junit.jupiter.api.Test;

/**
 * What a plain call on a virtual thread hands its caller when the gather or the HTTP example fails:
 * the exception each task's own virtual thread made, which {@code Future.get} wrapped in an
 * {@code ExecutionException} made on the caller's thread and the scenarios unwrap, dropping that
 * stack. The structured variant is {@link StructuredTaskScopeStackTracesTest}.
 */
class VirtualThreadsStackTracesTest extends StackTracesContractTest {

    private static TracedFailure caught(FailingScenario scenario) {
        return caught(new VirtualThreadsStackTracesModel(), scenario);
    }

    @Test
    void theGathersTraceIsJobBsOwnThreadEveryFrameOfItButNotTheCallersNorTheGathers() {
        TracedFailure caught = caught(FailingScenario.GATHER);

        assertThat(caught.exception()).isEqualTo(JobFailedException.class.getName());
        assertThat(caught.text()).contains("at dev.vtvsreactive.virtualthreads.VirtualThreadsFailures.job(",
                "java.lang.VirtualThread.run");
        assertThat(caught.scenarioNamed()).isEqualTo(Mention.NONE);
        assertThat(caught.callerNamed()).isEqualTo(Mention.NONE);
        assertThat(caught.frames()).as("one thread's stack, no library between the job and its thread").isLessThan(10);
    }

    @Test
    void theHttpTraceIsTheGetsOwnThreadRunningALambdaOfTheScenarioButNotTheCallers() {
        TracedFailure caught = caught(FailingScenario.HTTP);

        assertThat(caught.exception()).isEqualTo(HttpFailure.class.getName());
        assertThat(caught.text()).contains("at dev.vtvsreactive.lesson.http.JdkHttp.send(");
        assertThat(caught.scenarioNamed()).isEqualTo(Mention.LAMBDA);
        assertThat(caught.callerNamed()).isEqualTo(Mention.NONE);
    }

    @Test
    void itsStructuredVariantIsListedButRefusedHereForItIsAPreviewApi() {
        StackTracesFactory factory = new VirtualThreadsPlugin().stackTraces();

        assertThat(factory.variants()).containsExactly(DebugAid.NONE, DebugAid.STRUCTURED_TASK_SCOPE);
        assertThat(DebugAid.STRUCTURED_TASK_SCOPE.refusal()).get().asString().contains("preview API");
        assertThatIllegalArgumentException().isThrownBy(() -> factory.create(DebugAid.STRUCTURED_TASK_SCOPE))
                .withMessageContaining("structured-task-scope: StructuredTaskScope is a preview API in JDK 25");
    }
}
