package dev.vtvsreactive.completablefuture;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vtvsreactive.contract.StackTracesContractTest;
import dev.vtvsreactive.lesson.traces.DebugAid;
import dev.vtvsreactive.lesson.traces.FailingScenario;
import dev.vtvsreactive.lesson.traces.Mention;
import dev.vtvsreactive.lesson.traces.TracedFailure;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/**
 * What {@code CompletableFuture.join()} hands its caller when the gather or the HTTP example fails:
 * a {@link CompletionException} made on the caller's thread when the failure was stored bare, the
 * one the failed stage stored, made on another thread, when it was not. It has no debug aid.
 */
class CompletableFutureStackTracesTest extends StackTracesContractTest {

    private static TracedFailure caught(FailingScenario scenario) {
        return caught(new CompletableFutureStackTracesModel(), scenario);
    }

    @Test
    void theGathersFailureIsStoredBareSoJoinWrapsItOnTheCallersThread() {
        TracedFailure caught = caught(FailingScenario.GATHER);

        assertThat(caught.exception()).isEqualTo(CompletionException.class.getName());
        assertThat(caught.trace().get(1)).as("the first frame: join's own wrapping").contains("CompletableFuture.wrapInCompletionException");
        assertThat(caught.callerNamed()).isEqualTo(Mention.FRAME);
        assertThat(caught.text()).contains("Caused by: dev.vtvsreactive.lesson.failure.JobFailedException: Job B failed",
                "CompletableFutureFailures.lambda$stepLater$");
        assertThat(caught.scenarioNamed()).as("the gather only arranged callbacks; none of them ran in it").isEqualTo(Mention.NONE);
    }

    @Test
    void theHttpFailureWasWrappedByTheFailedStageOnTheClientsThreadSoJoinRethrowsThatAndTheCallerIsLost() {
        TracedFailure caught = caught(FailingScenario.HTTP);

        assertThat(caught.exception()).isEqualTo(CompletionException.class.getName());
        assertThat(caught.trace().get(1)).contains("CompletableFuture.wrapInCompletionException");
        assertThat(caught.text()).contains("CompletableFuture.uniHandle", "Caused by: dev.vtvsreactive.lesson.http.HttpFailure")
                .doesNotContain("CompletableFuture.reportJoin");
        assertThat(caught.callerNamed()).isEqualTo(Mention.NONE);
        assertThat(caught.scenarioNamed()).isEqualTo(Mention.NONE);
    }

    @Test
    void itHasNoDebugAid() {
        assertThat(new CompletableFuturePlugin().stackTraces().variants()).containsExactly(DebugAid.NONE);
    }
}
