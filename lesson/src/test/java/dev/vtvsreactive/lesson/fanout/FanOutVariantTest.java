package dev.vtvsreactive.lesson.fanout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class FanOutVariantTest {

    @Test
    void onlyTheIdiomIsNotAPitfall() {
        assertThat(FanOutVariant.values()).filteredOn(variant -> !variant.pitfall()).containsExactly(FanOutVariant.IDIOM);
    }

    @Test
    void everyTaskWaitsAtOnceButOnTheFixedPoolWhereTwoHundredDo() {
        assertThat(FanOutVariant.IDIOM.concurrentWaits(1_000_000)).isEqualTo(1_000_000);
        assertThat(FanOutVariant.FLATMAP.concurrentWaits(100_000)).isEqualTo(100_000);
        assertThat(FanOutVariant.FIXED_POOL_200.concurrentWaits(1_000)).isEqualTo(200);
        assertThat(FanOutVariant.FIXED_POOL_200.concurrentWaits(150)).isEqualTo(150);
    }

    @Test
    void theIdealIsOneWaitOrOneWaitPerRoundOfTheFixedPool() {
        assertThat(FanOutVariant.IDIOM.bestMs(1_000_000, 1_000)).isEqualTo(1_000);
        assertThat(FanOutVariant.PLATFORM_THREAD_PER_TASK.bestMs(10_000, 1_000)).isEqualTo(1_000);
        assertThat(FanOutVariant.FIXED_POOL_200.bestMs(1_000, 1_000)).as("5 rounds").isEqualTo(5_000);
        assertThat(FanOutVariant.FIXED_POOL_200.bestMs(1_001, 1_000)).as("a sixth round for one task").isEqualTo(6_000);
        assertThat(FanOutVariant.FIXED_POOL_200.bestMs(150, 1_000)).isEqualTo(1_000);
    }

    @Test
    void aPlatformThreadPerTaskRefusesMoreThanTenThousandTasks() {
        assertThat(FanOutVariant.PLATFORM_THREAD_PER_TASK.checkTasks(10_000)).isEqualTo(10_000);
        assertThatIllegalArgumentException().isThrownBy(() -> FanOutVariant.PLATFORM_THREAD_PER_TASK.checkTasks(10_001))
                .withMessage("platform-thread-per-task is limited to 10000 tasks (each takes an operating-system thread "
                        + "and its stack), was 10001");
        assertThat(FanOutVariant.IDIOM.refusal(10_000_000)).isEmpty();
    }

    @Test
    void variantsAreKnownByTheirLabels() {
        assertThat(FanOutVariant.of("fixed-pool-200")).isEqualTo(FanOutVariant.FIXED_POOL_200);
        assertThatIllegalArgumentException().isThrownBy(() -> FanOutVariant.of("flat-map"))
                .withMessage("unknown fan-out variant 'flat-map'; known variants: idiom, flatmap, fixed-pool-200, "
                        + "platform-thread-per-task");
    }
}
