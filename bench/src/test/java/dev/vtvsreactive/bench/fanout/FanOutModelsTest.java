package dev.vtvsreactive.bench.fanout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.vtvsreactive.bench.EveryModel;
import dev.vtvsreactive.bench.ExperimentModels;
import dev.vtvsreactive.lesson.Blocking;
import dev.vtvsreactive.lesson.LessonModels;
import dev.vtvsreactive.lesson.fanout.FanOut;
import dev.vtvsreactive.lesson.fanout.FanOutFactory;
import dev.vtvsreactive.lesson.fanout.FanOutProbe;
import dev.vtvsreactive.lesson.fanout.FanOutVariant;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The fan-out's behaviour, which every model is held to: for each model, every variant is measured
 * once, in this JVM, and shared by the tests; one sweep goes through a child JVM, as the CLI's do.
 *
 * <p>Behaviour, not speed: every result, in order; waits that overlap rather than add up; memory
 * sampled with every task waiting. Never how long anything took beyond that.
 */
@Timeout(300)
class FanOutModelsTest extends EveryModel<FanOutVariant, FanOutRun> {

    /** A thousand waits of 100 ms: 100 s if they ran one after another. */
    private static final int TASKS = 1_000;
    private static final double WAIT_MS = 100;
    private static final double SUM_OF_WAITS_MS = TASKS * WAIT_MS;
    private static final FanOutPlan PLAN = new FanOutPlan(List.of(TASKS), WAIT_MS, 0, List.of(), TASKS,
            FanOutPlan.DEFAULT_PITFALL_BUDGET_MS, FanOutPlan.DEFAULT_JVM_OPTIONS);

    private FanOutFactory factory() {
        return LessonModels.plugin(model).fanOut();
    }

    /** The run of {@code variant} in this JVM, made the first time it is asked for. */
    private FanOutRun run(FanOutVariant variant) {
        return measured(variant, v -> FanOutHarness.measure(factory(), v, TASKS, PLAN, FanOutRun.Jvm.current(false)));
    }

    @Test
    void isRegisteredUnderItsModelsNameWithItsIdiomThenAPitfall() {
        assertThat(ExperimentModels.available()).contains(model);
        assertThat(LessonModels.available()).contains(model);
        assertThat(factory().variants().getFirst()).isEqualTo(FanOutVariant.IDIOM);
        assertThat(factory().variants()).filteredOn(FanOutVariant::pitfall).isNotEmpty();
    }

    @Test
    void everyVariantHandsBackEachTasksResultInTaskOrder() {
        for (FanOutVariant variant : factory().variants()) {
            try (FanOut fanOut = factory().create(variant)) {
                FanOutRecorder probe = new FanOutRecorder(variant.concurrentWaits(5));

                List<Integer> results = Blocking.await(fanOut.gather(5, Duration.ofMillis(10), probe), Duration.ofSeconds(30),
                        model + " " + variant);

                assertThat(results).as(variant.label()).containsExactly(0, 1, 2, 3, 4);
                assertThat(probe.startedCount()).as(variant.label()).isEqualTo(5);
                assertThat(probe.finishedCount()).as(variant.label()).isEqualTo(5);
            }
        }
    }

    @Test
    void everyVariantOverlapsItsWaitsFarUnderTheirSumAndNoSoonerThanItsIdeal() {
        for (FanOutVariant variant : factory().variants()) {
            FanOutRun run = run(variant);
            assertThat(run.tasks()).isEqualTo(TASKS);
            assertThat(run.wallMs()).as(variant.label()).isLessThan(SUM_OF_WAITS_MS / 10).isGreaterThanOrEqualTo(run.idealMs());
            assertThat(run.firstFinishedMs()).as(variant.label()).isGreaterThanOrEqualTo(WAIT_MS);
        }
    }

    @Test
    void memoryIsSampledWithEveryTaskThatCanWaitWaitingAndNoneFinished() {
        for (FanOutVariant variant : factory().variants()) {
            FanOutRun.Memory memory = run(variant).memory();
            assertThat(memory.waiting()).as(variant.label()).isEqualTo(variant.concurrentWaits(TASKS));
            // Both samples were taken; their difference at this small N is GC noise, measured, not asserted.
            assertThat(memory.baselineHeapBytes()).as(variant.label() + ": baseline sampled").isPositive();
            assertThat(memory.heapBytes()).as(variant.label() + ": heap sampled while waiting").isPositive();
        }
    }

    @Test
    void pitfallsAreLabelledAsSuchAndEveryVariantNamesItsOwnWiring() {
        List<FanOutRun> all = factory().variants().stream().map(this::run).toList();

        assertThat(all).allSatisfy(run -> assertThat(run.pitfall()).isEqualTo(run.variant() != FanOutVariant.IDIOM));
        assertThat(all).extracting(FanOutRun::wiring).allMatch(wiring -> !wiring.isBlank()).doesNotHaveDuplicates();
    }

    @Test
    void aVariantTheModelDoesNotHaveIsRefused() {
        FanOutVariant missing = Arrays.stream(FanOutVariant.values())
                .filter(variant -> !factory().variants().contains(variant)).findFirst().orElseThrow();

        assertThatIllegalArgumentException().isThrownBy(() -> FanOutExperiment.run(model, missing, TASKS, PLAN))
                .withMessageStartingWith(model + " has no fan-out variant '" + missing + "'");
    }

    @Test
    void theSweepMeasuresTheIdiomInAFreshChildJvmWithAnExplicitHeapAndNativeMemoryTracking() {
        FanOutReport report = FanOutExperiment.run(PLAN.only(List.of(FanOutVariant.IDIOM)), List.of(model));

        assertThat(report.failed()).isEmpty();
        assertThat(report.runs()).singleElement().satisfies(run -> {
            assertThat(run.jvm().forked()).isTrue();
            assertThat(run.jvm().pid()).isNotEqualTo(ProcessHandle.current().pid());
            assertThat(run.jvm().options()).containsAll(FanOutPlan.DEFAULT_JVM_OPTIONS);
            assertThat(run.memory().waiting()).isEqualTo(TASKS);
            assertThat(run.threadNativePerTaskBytes()).isNotNull();
        });
    }
}
