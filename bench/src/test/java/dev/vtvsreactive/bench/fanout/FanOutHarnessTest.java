package dev.vtvsreactive.bench.fanout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import dev.vtvsreactive.lesson.Model;
import dev.vtvsreactive.lesson.fanout.FanOut;
import dev.vtvsreactive.lesson.fanout.FanOutFactory;
import dev.vtvsreactive.lesson.fanout.FanOutVariant;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The harness's own checks, in this JVM, with fan-outs that are not registered: the models' tests cover real ones. */
@Timeout(60)
class FanOutHarnessTest {

    private static final FanOutPlan PLAN = new FanOutPlan(List.of(500), 50, 1, List.of(), 500, 10_000,
            FanOutPlan.DEFAULT_JVM_OPTIONS);

    private static FanOutRun measure(Function<FanOutVariant, FanOut> fanOut, int tasks) {
        FanOutFactory factory = new FanOutFactory(Model.REACTOR, List.of(FanOutVariant.IDIOM), fanOut);
        return FanOutHarness.measure(factory, FanOutVariant.IDIOM, tasks, PLAN, FanOutRun.Jvm.current(false));
    }

    private static Function<FanOutVariant, FanOut> timers(UnaryOperator<List<Integer>> tamper) {
        return variant -> new FakeFanOuts.Timers(tamper);
    }

    @Test
    void aFanOutIsTimedAndItsMemorySampledWithEveryTaskWaiting() {
        FanOutRun run = measure(timers(UnaryOperator.identity()), 500);

        assertThat(run.tasks()).isEqualTo(500);
        assertThat(run.wallMs()).isGreaterThanOrEqualTo(50);
        assertThat(run.allWaitingMs()).isLessThanOrEqualTo(run.firstFinishedMs());
        assertThat(run.memory().waiting()).isEqualTo(500);
        assertThat(run.peaks().platformThreads()).isPositive();
        assertThat(run.gcMs()).containsOnlyKeys(Gauges.collectionTimes().keySet());
        assertThat(run.jvm().forked()).isFalse();
        assertThat(run.wiring()).isEqualTo("a ScheduledExecutorService timer per task");
    }

    @Test
    void resultsOutOfOrderFailTheRun() {
        assertThatIllegalStateException().isThrownBy(() -> measure(timers(results -> results.reversed()), 3))
                .withMessage("reactor (idiom, 3 tasks), warm-up gathered 2 at index 0: each task's own result must be at its index");
    }

    @Test
    void aMissingResultFailsTheRun() {
        assertThatIllegalStateException().isThrownBy(() -> measure(timers(results -> results.subList(1, results.size())), 3))
                .withMessage("reactor (idiom, 3 tasks), warm-up gathered 2 results for 3 tasks");
    }

    @Test
    void tasksThatNeverAllWaitAtOnceLeaveMemoryUnsampled() {
        assertThatIllegalStateException().isThrownBy(() -> measure(variant -> new FakeFanOuts.OneAfterAnother(), 2))
                .withMessageStartingWith("reactor (idiom, 2 tasks): a wait of ")
                .withMessageContaining(" ms ended before every task was waiting and the heap read, at ")
                .withMessageEndingWith(" ms; memory not sampled");
    }

    @Test
    void aVariantThatRefusesTheTasksIsNotRun() {
        FanOutFactory factory = FakeFanOuts.factory(FanOutVariant.IDIOM, FanOutVariant.PLATFORM_THREAD_PER_TASK);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> FanOutHarness.measure(factory, FanOutVariant.PLATFORM_THREAD_PER_TASK, 10_001, PLAN,
                        FanOutRun.Jvm.current(false)))
                .withMessageStartingWith("platform-thread-per-task is limited to 10000 tasks");
    }

    @Test
    void resultsAreAcceptedOnlyWhenEveryTaskHasItsOwnAtItsIndex() {
        FanOutHarness.check(List.of(0, 1, 2), 3, "three");

        assertThatIllegalStateException().isThrownBy(() -> FanOutHarness.check(List.of(0, 1, 1), 3, "three"))
                .withMessage("three gathered 1 at index 2: each task's own result must be at its index");
    }
}
