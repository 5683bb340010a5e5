package dev.vtvsreactive.lesson.fanout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.vtvsreactive.lesson.Blocking.LessonTimeoutException;
import dev.vtvsreactive.lesson.fanout.FanOutExperiment.Arguments;
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
    private final FanOutFactory unregistered = FakeFanOuts.factory(FanOutVariant.IDIOM, FanOutVariant.FLAT_MAP);

    @Test
    void anUnknownModelIsRejectedWithItsName() {
        assertThatIllegalArgumentException().isThrownBy(() -> FanOutExperiment.run(PLAN, List.of("nope")))
                .withMessageStartingWith("no fan-out for model 'nope'; models that have one:");
        assertThatIllegalArgumentException().isThrownBy(() -> FanOutExperiment.run("nope", FanOutVariant.IDIOM, 10, PLAN))
                .withMessageStartingWith("no fan-out for model 'nope'");
    }

    @Test
    void aVariantTheModelDoesNotHaveIsRejectedWithTheOnesItHas() {
        assertThatIllegalArgumentException().isThrownBy(() -> unregistered.create(FanOutVariant.FIXED_POOL))
                .withMessage("unregistered has no fan-out variant 'fixed-pool-200'; its variants: idiom, flatmap");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> FanOutExperiment.sweep(PLAN.only(List.of(FanOutVariant.FIXED_POOL)), List.of(unregistered), line -> {
                }))
                .withMessage("none of the models [unregistered] has the fan-out variant 'fixed-pool-200'");
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
        assertThatIllegalArgumentException().isThrownBy(() -> FakeFanOuts.factory(FanOutVariant.FLAT_MAP, FanOutVariant.IDIOM))
                .withMessage("unregistered: the fan-out variants must start with the idiom, were [flatmap, idiom]");
    }

    @Test
    void aChildJvmThatFailsIsReportedWithWhatItWroteToStandardError() {
        assertThatIllegalStateException()
                .isThrownBy(() -> FanOutExperiment.forked(unregistered, FanOutVariant.IDIOM, 10, PLAN, Duration.ofSeconds(60)))
                .withMessageContaining("unregistered (idiom, 10 tasks) in a child JVM failed with exit code 1")
                .withMessageContaining("no fan-out for model 'unregistered'");
    }

    @Test
    void aChildJvmThatOutlivesItsBoundIsKilled() {
        assertThatThrownBy(() -> FanOutExperiment.forked(unregistered, FanOutVariant.IDIOM, 10, PLAN, Duration.ofMillis(1)))
                .isInstanceOf(LessonTimeoutException.class)
                .hasMessage("unregistered (idiom, 10 tasks) in a child JVM did not finish within 1 ms; killed it");
        assertThat(ProcessHandle.current().children()).as("child JVMs still alive").noneMatch(ProcessHandle::isAlive);
    }

    @Test
    void theSweepReportsAFailureOnceThenDoesNotTryLargerNAndSkipsPitfallsByItsRules() {
        FanOutPlan plan = new FanOutPlan(List.of(100, 1_000), 50, 0, List.of(), 100, 10_000, FanOutPlan.DEFAULT_JVM_OPTIONS);
        List<String> progress = new ArrayList<>();

        FanOutReport report = FanOutExperiment.sweep(plan, List.of(unregistered), progress::add);

        assertThat(report.runs()).isEmpty();
        assertThat(report.failed()).extracting(FanOutReport.NotRun::variant, FanOutReport.NotRun::tasks)
                .containsExactly(tuple(FanOutVariant.IDIOM, 100),
                        tuple(FanOutVariant.FLAT_MAP, 100));
        assertThat(report.failed().getFirst().reason()).contains("no fan-out for model 'unregistered'");
        assertThat(report.skipped()).extracting(FanOutReport.NotRun::variant, FanOutReport.NotRun::reason)
                .containsExactly(tuple(FanOutVariant.IDIOM, "not run: it failed at N=100"),
                        tuple(FanOutVariant.FLAT_MAP, "not run: it failed at N=100"));
        assertThat(progress).hasSize(4).allMatch(line -> line.startsWith("unregistered "));
        assertThat(report.toJson()).contains("\"scenario\" : \"fanout\"");
    }

    @Test
    void theCommandLineFillsThePlanAndNamesTheModels() {
        Arguments arguments = Arguments.parse("--n", "1_000,100000", "--delay-ms", "250", "--variant", "idiom,flatmap",
                "--warmups", "2", "--pitfall-max-n", "100000", "--pitfall-budget-ms", "60000", "reactor", "rxjava");

        assertThat(arguments.models()).containsExactly("reactor", "rxjava");
        assertThat(arguments.plan()).isEqualTo(new FanOutPlan(List.of(1_000, 100_000), 250, 2,
                List.of(FanOutVariant.IDIOM, FanOutVariant.FLAT_MAP), 100_000, 60_000, FanOutPlan.DEFAULT_JVM_OPTIONS));
        assertThat(Arguments.parse().plan()).isEqualTo(FanOutPlan.of(FanOutPlan.DEFAULT_TASKS, FanOutPlan.DEFAULT_WAIT_MS));
    }

    @Test
    void aBadCommandLineIsRejectedNamingWhatWasWrong() {
        assertThatIllegalArgumentException().isThrownBy(() -> Arguments.parse("--fast"))
                .withMessageStartingWith("unknown option '--fast'; usage: [--n N,N...]");
        assertThatIllegalArgumentException().isThrownBy(() -> Arguments.parse("--n"))
                .withMessageStartingWith("--n needs a value");
        assertThatIllegalArgumentException().isThrownBy(() -> Arguments.parse("--n", "1k"))
                .withMessage("--n takes whole numbers, was '1k'");
        assertThatIllegalArgumentException().isThrownBy(() -> Arguments.parse("--delay-ms", "soon"))
                .withMessage("--delay-ms takes a number, was 'soon'");
        assertThatIllegalArgumentException().isThrownBy(() -> Arguments.parse("--variant", "fast"))
                .withMessageStartingWith("unknown fan-out variant 'fast'");
        assertThatIllegalArgumentException().isThrownBy(() -> Arguments.parse("--delay-ms", "-5"))
                .withMessage("the wait must be between 0 and 3600000 ms, was -5.0 ms");
    }
}
