package dev.vtvsreactive.bench.fanout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.vtvsreactive.lesson.fanout.FanOutVariant;
import dev.vtvsreactive.lesson.http.LessonJson;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FanOutPlanTest {

    private static final FanOutPlan PLAN = FanOutPlan.of(List.of(100_000, 1_000, 10_000, 1_000), 1_000);

    private static FanOutPlan plan(List<Integer> tasks, double waitMs, int warmups, int pitfallMaxTasks, double budgetMs) {
        return new FanOutPlan(tasks, waitMs, warmups, List.of(), pitfallMaxTasks, budgetMs, FanOutPlan.DEFAULT_JVM_OPTIONS);
    }

    @Test
    void theNumbersOfTasksAreSweptInIncreasingOrderOnceEach() {
        assertThat(PLAN.tasks()).containsExactly(1_000, 10_000, 100_000);
    }

    @Test
    void badInputIsRejectedNamingWhatWasWrong() {
        assertThatIllegalArgumentException().isThrownBy(() -> plan(List.of(), 1_000, 1, 10_000, 10_000))
                .withMessage("give at least one number of tasks");
        assertThatIllegalArgumentException().isThrownBy(() -> plan(List.of(0, 1_000), 1_000, 1, 10_000, 10_000))
                .withMessage("the number of tasks must be between 1 and 10000000, was 0");
        assertThatIllegalArgumentException().isThrownBy(() -> plan(List.of(20_000_000), 1_000, 1, 10_000, 10_000))
                .withMessage("the number of tasks must be between 1 and 10000000, was 20000000");
        assertThatIllegalArgumentException().isThrownBy(() -> plan(List.of(1_000), -1, 1, 10_000, 10_000))
                .withMessage("the wait must be between 0 and 3600000 ms, was -1.0 ms");
        assertThatIllegalArgumentException().isThrownBy(() -> plan(List.of(1_000), Double.NaN, 1, 10_000, 10_000))
                .withMessageContaining("was NaN ms");
        assertThatIllegalArgumentException().isThrownBy(() -> plan(List.of(1_000), 1_000, -1, 10_000, 10_000))
                .withMessage("warm-ups must be between 0 and 10, was -1");
        assertThatIllegalArgumentException().isThrownBy(() -> plan(List.of(1_000), 1_000, 1, 0, 10_000))
                .withMessage("the pitfall limit must be at least 1 task, was 0");
        assertThatIllegalArgumentException().isThrownBy(() -> plan(List.of(1_000), 1_000, 1, 10_000, 0))
                .withMessage("the pitfall budget must be more than 0 ms, was 0.0 ms");
    }

    @Test
    void theIdiomIsNeverSkipped() {
        assertThat(PLAN.skipReason(FanOutVariant.IDIOM, 10_000_000, Optional.empty())).isEmpty();
    }

    @Test
    void aPitfallIsSkippedAboveTheSweepsLimitQuotingItsTimeAtTheLastN() {
        FanOutRun at10k = FakeFanOuts.run(FanOutVariant.FLATMAP, 10_000, 1_269.4);

        assertThat(PLAN.skipReason(FanOutVariant.FLATMAP, 100_000, Optional.of(at10k)))
                .contains("pitfall skipped above N=10000, the sweep's pitfall limit; it took 1269 ms at N=10000");
    }

    @Test
    void aPitfallIsSkippedWhereItsIdealPlusItsOverheadGrownWithNIsOverTheBudget() {
        assertThat(PLAN.skipReason(FanOutVariant.FIXED_POOL_200, 1_000, Optional.empty())).as("5 rounds: 5 s").isEmpty();
        assertThat(PLAN.skipReason(FanOutVariant.FIXED_POOL_200, 10_000, Optional.of(FakeFanOuts.run(FanOutVariant.FIXED_POOL_200, 1_000, 5_027))))
                .contains("pitfall skipped: about 50270 ms expected at N=10000 (its best, 50000 ms, plus its overhead at "
                        + "N=1000, 27 ms, grown in proportion to N), over the sweep's pitfall budget of 10000 ms");

        FanOutRun slowThreads = FakeFanOuts.run(FanOutVariant.PLATFORM_THREAD_PER_TASK, 1_000, 2_179);
        assertThat(PLAN.skipReason(FanOutVariant.PLATFORM_THREAD_PER_TASK, 10_000, Optional.of(slowThreads)))
                .hasValueSatisfying(reason -> assertThat(reason).startsWith("pitfall skipped: about 12790 ms expected"));

        FanOutRun quickFlatMap = FakeFanOuts.run(FanOutVariant.FLATMAP, 1_000, 1_033);
        assertThat(PLAN.skipReason(FanOutVariant.FLATMAP, 10_000, Optional.of(quickFlatMap))).as("about 1330 ms").isEmpty();
    }

    @Test
    void namedPitfallsRunAtEveryNUnlessTheyRefuseIt() {
        FanOutPlan named = PLAN.only(List.of(FanOutVariant.FLATMAP, FanOutVariant.PLATFORM_THREAD_PER_TASK));

        assertThat(named.skipReason(FanOutVariant.FLATMAP, 100_000, Optional.empty())).isEmpty();
        assertThat(named.skipReason(FanOutVariant.PLATFORM_THREAD_PER_TASK, 100_000, Optional.empty()))
                .hasValueSatisfying(reason -> assertThat(reason).startsWith("platform-thread-per-task is limited to 10000 tasks"));
    }

    @Test
    void theMemoryRunWaitsTwiceTheStartPlusHalfASecondWithinTheWaitAndAMinuteMore() {
        assertThat(PLAN.memoryWait(10)).isEqualTo(Duration.ofSeconds(1));
        assertThat(PLAN.memoryWait(2_000)).isEqualTo(Duration.ofMillis(4_500));
        assertThat(PLAN.memoryWait(100_000)).isEqualTo(Duration.ofSeconds(61));
    }

    @Test
    void aRunIsBoundedByTwiceItsIdealAMinuteAndAMillisecondPerTask() {
        assertThat(FanOutPlan.runBound(FanOutVariant.FIXED_POOL_200, 1_000, Duration.ofSeconds(1))).isEqualTo(Duration.ofSeconds(71));
        assertThat(FanOutPlan.runBound(FanOutVariant.IDIOM, 1_000_000, Duration.ofSeconds(1))).isEqualTo(Duration.ofSeconds(1_062));
    }

    @Test
    void itsJsonNamesTheVariantsByLabelAndReadsBackAsTheSamePlan() {
        FanOutPlan named = PLAN.only(List.of(FanOutVariant.FIXED_POOL_200));

        String json = LessonJson.MAPPER.writeValueAsString(named);

        assertThat(json).contains("\"variants\":[\"fixed-pool-200\"]", "\"-Xmx4g\"");
        assertThat(LessonJson.MAPPER.readValue(json, FanOutPlan.class)).isEqualTo(named);
    }
}
