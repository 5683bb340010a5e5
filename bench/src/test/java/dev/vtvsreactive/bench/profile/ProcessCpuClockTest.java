package dev.vtvsreactive.bench.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;

class ProcessCpuClockTest {

    private final ProcessCpuClock clock = new ProcessCpuClock();

    @Test
    void readsTheNanosecondsWhereTheKernelKeepsThem() {
        assumeTrue(System.getProperty("os.name").startsWith("Linux"), "clock_gettime is read on Linux only");

        assertThat(ProcessCpuClock.source()).startsWith("clock_gettime");
        assertThat(smallestStepNanos()).as("the clock's smallest step while this thread spins").isLessThan(1_000_000);
    }

    @Test
    void neverGoesBack() {
        long before = clock.nanos();
        long after = clock.nanos();

        assertThat(before).isPositive();
        assertThat(after).isGreaterThanOrEqualTo(before);
    }

    /** Spins until the clock has moved ten times and returns its smallest step (10 ms where it ticks as times(2) does). */
    private long smallestStepNanos() {
        long smallest = Long.MAX_VALUE;
        long last = clock.nanos();
        for (int steps = 0; steps < 10; ) {
            long now = clock.nanos();
            if (now != last) {
                smallest = Math.min(smallest, now - last);
                last = now;
                steps++;
            }
        }
        return smallest;
    }
}
