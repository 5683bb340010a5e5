package dev.vtvsreactive.bench.cpu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.vtvsreactive.lesson.TimeScale;
import dev.vtvsreactive.lesson.http.LessonJson;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class CpuBoundPlanTest {

    private static final CpuWork WORK = CpuWork.of(1_000);

    @Test
    void atScaleOneItIsTheExperimentAsDescribed() {
        CpuBoundPlan plan = CpuBoundPlan.at(TimeScale.LESSON, WORK);

        assertThat(plan).isEqualTo(new CpuBoundPlan(10, 300, 500, 400, 20, 200, WORK));
        assertThat(plan.period()).isEqualTo(Duration.ofMillis(10));
        assertThat(plan.cpuStart()).isEqualTo(Duration.ofMillis(300));
        assertThat(plan.ask()).isEqualTo(Duration.ofMillis(400));
        assertThat(plan.replySleep()).isEqualTo(Duration.ofMillis(20));
        assertThat(plan.tail()).isEqualTo(Duration.ofMillis(200));
    }

    @Test
    void everyTimeButTheHeartbeatsPeriodScales() {
        assertThat(CpuBoundPlan.at(new TimeScale(0.5), WORK))
                .isEqualTo(new CpuBoundPlan(10, 150, 250, 200, 10, 100, WORK));
    }

    @Test
    void aScaleThatLeavesTheCpuWorkShorterThanTenPeriodsIsRejectedWithTheSmallestThatWorks() {
        assertThatIllegalArgumentException().isThrownBy(() -> CpuBoundPlan.at(new TimeScale(0.1), WORK))
                .withMessageContaining("at scale 0.1 the CPU work would last 50 ms")
                .withMessageContaining("use a scale of at least 0.2");
        assertThat(CpuBoundPlan.at(new TimeScale(0.2), WORK).cpuTargetMs()).isEqualTo(100);
    }

    @Test
    void aReplyThatIsNotDueWhileTheCpuWorksIsRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> new CpuBoundPlan(10, 300, 500, 790, 20, 200, WORK))
                .withMessageContaining("must be asked for (at 790.0 ms) and due (20.0 ms later) while the CPU work runs");
        assertThatIllegalArgumentException().isThrownBy(() -> new CpuBoundPlan(10, 300, 500, 250, 20, 200, WORK))
                .withMessageContaining("while the CPU work runs (from 300.0 ms for 500.0 ms)");
    }

    @Test
    void aPeriodOrTailThatIsNotPositiveIsRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> new CpuBoundPlan(0, 300, 500, 400, 20, 200, WORK))
                .withMessageContaining("period must be positive");
        assertThatIllegalArgumentException().isThrownBy(() -> new CpuBoundPlan(10, 300, 500, 400, 20, -1, WORK))
                .withMessageContaining("tail must not be negative");
    }

    @Test
    void theWaitForARunIsBoundedByTwentyTimesTheWorkPlusSlack() {
        assertThat(CpuBoundPlan.at(TimeScale.LESSON, WORK).waitBound()).isEqualTo(Duration.ofSeconds(40));
    }

    @Test
    void calibrationGivesTheScaledPlanWithWorkThatTheSieveChecked() {
        CpuBoundPlan plan = CpuBoundPlan.calibrate(new TimeScale(0.2));

        assertThat(plan.cpuTargetMs()).isEqualTo(100);
        assertThat(plan.work().primes()).isEqualTo(CpuWork.sieve(plan.work().limit()));
    }

    @Test
    void itSurvivesAJsonRoundTrip() {
        CpuBoundPlan plan = CpuBoundPlan.at(new TimeScale(0.35), WORK);

        assertThat(LessonJson.MAPPER.readValue(LessonJson.MAPPER.writeValueAsString(plan), CpuBoundPlan.class)).isEqualTo(plan);
    }
}
