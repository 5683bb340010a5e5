package dev.vtvsreactive.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.vtvsreactive.lesson.load.LoadSchedule;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class LoadPlanTest {

    private static LoadPlan plan(List<Integer> rates, long durationMs, long warmupMs, long latencyMs, long timeoutMs) {
        return new LoadPlan(rates, durationMs, warmupMs, latencyMs, timeoutMs);
    }

    @Test
    void schedulesEachRateForTheDurationAndWarmsUpAtTheLowest() {
        LoadPlan plan = plan(List.of(500, 2_000), 3_000, 1_000, 10, 5_000);

        assertThat(plan.schedule(2_000)).isEqualTo(new LoadSchedule(6_000, Duration.ofNanos(500_000)));
        assertThat(plan.warmup()).containsExactly(new LoadSchedule(500, Duration.ofMillis(2)));
        assertThat(plan(List.of(500), 3_000, 0, 10, 5_000).warmup()).isEmpty();
        assertThat(plan.sustainedP99Ms()).isEqualTo(20);
        assertThat(plan(List.of(500), 3_000, 0, 0, 5_000).sustainedP99Ms()).as("at no latency").isEqualTo(1);
        assertThat(plan.describe()).isEqualTo("500, 2000 GETs/s for 3 s each after 1 s, stub latency 10 ms");
    }

    @Test
    void boundsAChildByItsSchedulesTimeoutsAndStartUp() {
        LoadPlan plan = plan(List.of(500, 2_000), 3_000, 1_000, 10, 5_000);

        // 7 s of schedules, three GETs that may each time out connecting and answering, a minute's slack.
        assertThat(plan.childBound()).isEqualTo(Duration.ofSeconds(7 + 3 * 10 + 60));
    }

    @Test
    void refusesRatesThatAreMissingNotPositiveOrNotIncreasing() {
        assertThatIllegalArgumentException().isThrownBy(() -> plan(List.of(), 1_000, 0, 10, 5_000))
                .withMessageContaining("at least one rate");
        assertThatIllegalArgumentException().isThrownBy(() -> plan(List.of(0), 1_000, 0, 10, 5_000))
                .withMessageContaining("was 0");
        assertThatIllegalArgumentException().isThrownBy(() -> plan(List.of(1_000, 500), 1_000, 0, 10, 5_000))
                .withMessageContaining("[1000, 500]");
    }

    @Test
    void refusesADurationWarmUpLatencyOrTimeoutOutOfRange() {
        assertThatIllegalArgumentException().isThrownBy(() -> plan(List.of(500), 0, 0, 10, 5_000))
                .withMessageContaining("duration").withMessageContaining("0 ms");
        assertThatIllegalArgumentException().isThrownBy(() -> plan(List.of(500), 1_000, -1, 10, 5_000))
                .withMessageContaining("warm-up").withMessageContaining("-1 ms");
        assertThatIllegalArgumentException().isThrownBy(() -> plan(List.of(500), 1_000, 0, -1, 5_000))
                .withMessageContaining("latency").withMessageContaining("-1 ms");
        assertThatIllegalArgumentException().isThrownBy(() -> plan(List.of(500), 1_000, 0, 60_001, 5_000))
                .withMessageContaining("latency").withMessageContaining("60001 ms");
        assertThatIllegalArgumentException().isThrownBy(() -> plan(List.of(500), 1_000, 0, 10, 0))
                .withMessageContaining("timeout");
    }

    @Test
    void refusesARateTooLowToSendAGetInTheDuration() {
        assertThatIllegalArgumentException().isThrownBy(() -> plan(List.of(1), 100, 0, 10, 5_000))
                .withMessageContaining("makes 0 requests");
    }
}
