package dev.vtvsreactive.bench.cpu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CpuWorkTest {

    @ParameterizedTest
    @CsvSource({"2, 0", "3, 1", "4, 2", "10, 4", "100, 25", "1000, 168", "7919, 999", "7920, 1000", "1000000, 78498"})
    void trialDivisionAndTheSieveBothCountThePrimesBelowTheLimit(int limit, int primes) {
        assertThat(CpuWork.sieve(limit)).isEqualTo(primes);
        assertThat(CpuWork.of(limit)).isEqualTo(new CpuWork(limit, primes));
        assertThat(CpuWork.of(limit).count()).isEqualTo(primes);
    }

    @Test
    void aCountThatIsNotTheSievesIsRejectedWithBothCounts() {
        CpuWork work = CpuWork.of(1_000);

        assertThat(work.check(168)).isEqualTo(168);
        assertThatIllegalStateException().isThrownBy(() -> work.check(167))
                .withMessageContaining("counted 167 primes below 1000")
                .withMessageContaining("sieve counts 168");
    }

    @Test
    void theCountCallsItsCheckpointAsItGoes() {
        AtomicInteger checkpoints = new AtomicInteger();

        CpuWork.of(100_000).count(checkpoints::incrementAndGet);

        assertThat(checkpoints.get()).isEqualTo(100_000 / CpuWork.CHECKPOINT_EVERY);
    }

    @Test
    void calibrationGivesWorkWithTheSievesAnswerAndMoreWorkForALongerTarget() {
        CpuWork brief = CpuWork.calibrate(Duration.ofMillis(10));
        CpuWork longer = CpuWork.calibrate(Duration.ofMillis(300));

        assertThat(longer.primes()).isEqualTo(CpuWork.sieve(longer.limit()));
        assertThat(longer.limit()).isGreaterThan(brief.limit());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 0, -5, CpuWork.MAX_LIMIT + 1})
    void aLimitOutOfRangeIsRejectedWithTheValue(int limit) {
        assertThatIllegalArgumentException().isThrownBy(() -> CpuWork.of(limit))
                .withMessageContaining("limit must be between 2 and")
                .withMessageContaining(String.valueOf(limit));
    }

    @Test
    void calibrationNeedsAPositiveTarget() {
        assertThatIllegalArgumentException().isThrownBy(() -> CpuWork.calibrate(Duration.ZERO))
                .withMessageContaining("target must be positive");
    }
}
