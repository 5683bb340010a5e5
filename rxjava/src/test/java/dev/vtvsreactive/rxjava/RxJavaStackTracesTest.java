package dev.vtvsreactive.rxjava;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import dev.vtvsreactive.lesson.failure.JobFailedException;
import dev.vtvsreactive.lesson.http.HttpFailure;
import dev.vtvsreactive.contract.StackTracesContractTest;
import dev.vtvsreactive.lesson.traces.DebugAid;
import dev.vtvsreactive.lesson.traces.FailingScenario;
import dev.vtvsreactive.lesson.traces.Mention;
import dev.vtvsreactive.lesson.traces.TracedFailure;
import io.reactivex.rxjava3.plugins.RxJavaPlugins;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What RxJava 3 hands the caller of {@code Single.blockingGet()} when the gather or the HTTP example
 * fails, with assembly tracking off and on: the names its traces hold, asserted.
 */
class RxJavaStackTracesTest extends StackTracesContractTest {

    private static TracedFailure caught(DebugAid aid, FailingScenario scenario) {
        return caught(new RxJavaStackTracesModel(aid), scenario);
    }

    @Test
    void offTheGathersTraceIsTheComputationThreadsWhereJobBFailed() {
        TracedFailure caught = caught(DebugAid.NONE, FailingScenario.GATHER);

        assertThat(caught.exception()).isEqualTo(JobFailedException.class.getName());
        assertThat(caught.text()).contains("RxJavaFailures.lambda$job$", "io.reactivex.rxjava3.internal.operators.flowable.FlowableInterval");
    }

    @Test
    void offTheHttpTraceIsTheHttpClientsThreadThatReadThe500() {
        TracedFailure caught = caught(DebugAid.NONE, FailingScenario.HTTP);

        assertThat(caught.exception()).isEqualTo(HttpFailure.class.getName());
        assertThat(caught.text()).contains("comments/1: unexpected HTTP status (HTTP 500)", "JdkHttp.lambda$sendAsync$");
    }

    @ParameterizedTest
    @EnumSource(FailingScenario.class)
    void offBlockingGetRethrowsTheErrorAsItCameNamingNeitherTheScenarioNorTheCaller(FailingScenario scenario) {
        TracedFailure caught = caught(DebugAid.NONE, scenario);

        assertThat(caught.scenarioNamed()).isEqualTo(Mention.NONE);
        assertThat(caught.callerNamed()).isEqualTo(Mention.NONE);
        assertThat(caught.text()).doesNotContain("RxJavaAssemblyException");
    }

    @Test
    void assemblyTrackingChainsTheWholeAssemblyStackOfEveryOperatorToTheGathersError() {
        TracedFailure caught = caught(DebugAid.ASSEMBLY_TRACKING, FailingScenario.GATHER);

        assertThat(caught.text()).contains("Caused by: hu.akarnokd.rxjava3.debug.RxJavaAssemblyException",
                "at dev.vtvsreactive.rxjava.RxJavaFailures.gather(", "at dev.vtvsreactive.rxjava.RxJavaGather.all(");
        assertThat(caught.scenarioNamed()).isEqualTo(Mention.MESSAGE);
        assertThat(caught.callerNamed()).as("each assembly stack runs down to the caller").isEqualTo(Mention.MESSAGE);
        assertThat(caught.lines()).as("the assembly stacks are messages, not frames").isGreaterThan(caught.frames() * 3);
    }

    @Test
    void assemblyTrackingAddsNothingToAnErrorWhoseCauseWasSetEvenToNull() {
        TracedFailure caught = caught(DebugAid.ASSEMBLY_TRACKING, FailingScenario.HTTP);

        assertThat(caught.text()).doesNotContain("RxJavaAssemblyException");
        assertThat(caught.scenarioNamed()).isEqualTo(Mention.NONE);
        // Why: it appends its trace with initCause, which an exception given a cause in its constructor
        // refuses; HttpFailure is given one, null for a bad status. The refusal is swallowed.
        HttpFailure status = HttpFailure.status(URI.create("http://127.0.0.1/comments/1"), 500);
        assertThatIllegalStateException().isThrownBy(() -> status.initCause(new RuntimeException("assembled")));
    }

    @Test
    void assemblyTrackingIsDisabledWhenItsModelCloses() {
        caught(DebugAid.ASSEMBLY_TRACKING, FailingScenario.GATHER);

        assertThat(RxJavaPlugins.getOnSingleAssembly()).isNull();
        assertThat(caught(DebugAid.NONE, FailingScenario.GATHER).text()).doesNotContain("RxJavaAssemblyException");
    }

    @Test
    void itsAidsAreNoneThenAssemblyTracking() {
        assertThat(new RxJavaPlugin().stackTraces().variants()).containsExactly(DebugAid.NONE, DebugAid.ASSEMBLY_TRACKING);
    }
}
