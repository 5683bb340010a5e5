package dev.vtvsreactive.bench.fanout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.vtvsreactive.lesson.Blocking.LessonTimeoutException;
import dev.vtvsreactive.lesson.fanout.FanOutFactory;
import dev.vtvsreactive.lesson.fanout.FanOutVariant;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The experiment's own checks, with a model that is not registered, so that its child JVMs fail
 * to find it: the models' tests cover real runs.
 */
@Timeout(120)
class FanOutExperimentTest {

    private static final FanOutPlan PLAN = FanOutPlan.of(List.of(100, 1_000), 50);
    /** A plan whose child JVMs cannot start: an option no JVM knows. */
    private static final FanOutPlan UNSTARTABLE = new FanOutPlan(List.of(10), 50, 0, List.of(), 10, 10_000,
            List.of("-XX:+NoSuchOptionOfAnyJvm"));

    private final FanOutFactory fake = FakeFanOuts.factory(FanOutVariant.IDIOM, FanOutVariant.FLATMAP);

    @Test
    void anUnknownModelIsRejectedWithItsName() {
        assertThatIllegalArgumentException().isThrownBy(() -> FanOutExperiment.run(PLAN, List.of("nope")))
                .withMessageStartingWith("unknown model 'nope'; known models:");
        assertThatIllegalArgumentException().isThrownBy(() -> FanOutExperiment.run("nope", FanOutVariant.IDIOM, 10, PLAN))
                .withMessageStartingWith("unknown model 'nope'");
    }

    @Test
    void aVariantTheModelDoesNotHaveIsRejectedWithTheOnesItHas() {
        assertThatIllegalArgumentException().isThrownBy(() -> fake.create(FanOutVariant.FIXED_POOL_200))
                .withMessage("reactor has no fan-out variant 'fixed-pool-200'; its variants: idiom, flatmap");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> FanOutExperiment.sweep(PLAN.only(List.of(FanOutVariant.FIXED_POOL_200)), List.of(fake), line -> {
                }))
                .withMessage("none of the models [reactor] has the fan-out variant 'fixed-pool-200'");
    }

    @Test
    void aNamedVariantThatRefusesTheLargestNIsRejectedBeforeAnythingRuns() {
        FanOutFactory threads = FakeFanOuts.factory(FanOutVariant.IDIOM, FanOutVariant.PLATFORM_THREAD_PER_TASK);
        FanOutPlan tooMany = FanOutPlan.of(List.of(1_000, 100_000), 50).only(List.of(FanOutVariant.PLATFORM_THREAD_PER_TASK));

        assertThatIllegalArgumentException().isThrownBy(() -> FanOutExperiment.sweep(tooMany, List.of(threads), line -> {
        })).withMessageStartingWith("platform-thread-per-task is limited to 10000 tasks");
    }

    @Test
    void aFactoryMustListItsIdiomFirst() {
        assertThatIllegalArgumentException().isThrownBy(() -> FakeFanOuts.factory(FanOutVariant.FLATMAP, FanOutVariant.IDIOM))
                .withMessage("reactor: the fan-out variants must start with the idiom, were [flatmap, idiom]");
    }

    @Test
    void aChildJvmThatFailsIsReportedWithWhatItWroteToStandardError() {
        assertThatIllegalStateException()
                .isThrownBy(() -> FanOutExperiment.forked(fake, FanOutVariant.IDIOM, 10, UNSTARTABLE, Duration.ofSeconds(60)))
                .withMessageContaining("reactor (idiom, 10 tasks) in a child JVM failed with exit code 1")
                .withMessageContaining("Unrecognized VM option");
    }

    @Test
    void aChildJvmThatOutlivesItsBoundIsKilled() {
        assertThatThrownBy(() -> FanOutExperiment.forked(fake, FanOutVariant.IDIOM, 10, PLAN, Duration.ofMillis(1)))
                .isInstanceOf(LessonTimeoutException.class)
                .hasMessage("reactor (idiom, 10 tasks) in a child JVM did not finish within 1 ms; killed it");
        assertThat(ProcessHandle.current().children()).as("child JVMs still alive").noneMatch(ProcessHandle::isAlive);
    }

    @Test
    void theSweepReportsAFailureOnceThenDoesNotTryLargerNAndSkipsPitfallsByItsRules() {
        FanOutPlan plan = new FanOutPlan(List.of(100, 1_000), 50, 0, List.of(), 100, 10_000, UNSTARTABLE.jvmOptions());
        List<String> progress = new ArrayList<>();

        FanOutReport report = FanOutExperiment.sweep(plan, List.of(fake), progress::add);

        assertThat(report.runs()).isEmpty();
        assertThat(report.failed()).extracting(FanOutReport.NotRun::variant, FanOutReport.NotRun::tasks)
                .containsExactly(tuple(FanOutVariant.IDIOM, 100),
                        tuple(FanOutVariant.FLATMAP, 100));
        assertThat(report.failed().getFirst().reason()).contains("Unrecognized VM option");
        assertThat(report.skipped()).extracting(FanOutReport.NotRun::variant, FanOutReport.NotRun::reason)
                .containsExactly(tuple(FanOutVariant.IDIOM, "not run: it failed at N=100"),
                        tuple(FanOutVariant.FLATMAP, "not run: it failed at N=100"));
        assertThat(progress).hasSize(4).allMatch(line -> line.startsWith("reactor "));
        assertThat(report.toJson()).contains("\"scenario\" : \"fanout\"");
    }

    @Test
    void aPlanWithANegativeWaitIsRejectedNamingTheValue() {
        assertThatIllegalArgumentException().isThrownBy(() -> FanOutPlan.of(List.of(1_000), -5))
                .withMessage("the wait must be between 0 and 3600000 ms, was -5.0 ms");
    }
}
