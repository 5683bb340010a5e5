package dev.vtvsreactive.bench.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.within;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Collection;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.IterationResultMetaData;
import org.openjdk.jmh.results.Result;

class CpuTimeProfilerTest {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @Test
    void reportsTheCpuTimeOfAKnownSpinPerOperation() {
        CpuTimeProfiler profiler = new CpuTimeProfiler();
        spin(TimeUnit.MILLISECONDS.toNanos(100)); // the JIT's own first compilations, before the measured spin

        profiler.beforeIteration(null, null);
        long spun = spin(TimeUnit.MILLISECONDS.toNanos(400));
        Collection<? extends Result> results = profiler.afterIteration(null, null, iterationOf(20));

        assertThat(results).singleElement().satisfies(result -> {
            assertThat(result.getLabel()).isEqualTo(CpuTimeProfiler.METRIC);
            assertThat(result.getScoreUnit()).isEqualTo("ns/op");
            assertThat(result.getScore()).isCloseTo(spun / 20.0, within(spun / 20.0 * 0.10));
        });
    }

    @Test
    void refusesAnIterationWithoutOperations() {
        assertThatIllegalStateException().isThrownBy(() -> CpuTimeProfiler.perOperation(1_000_000, 0))
                .withMessageContaining("completed 0 operations");
    }

    @Test
    void refusesAPlatformWithoutProcessCpuTime() {
        assertThatIllegalStateException().isThrownBy(() -> CpuTimeProfiler.perOperation(-1, 10))
                .withMessageContaining("does not report the process's CPU time");
    }

    /** Burns about {@code nanos} of this thread's CPU time and returns how much it burnt. */
    private static long spin(long nanos) {
        long start = THREADS.getCurrentThreadCpuTime();
        long blackhole = 0;
        while (THREADS.getCurrentThreadCpuTime() - start < nanos) {
            for (int i = 0; i < 10_000; i++) {
                blackhole += i * 31L ^ blackhole;
            }
        }
        assertThat(blackhole).isNotZero();
        return THREADS.getCurrentThreadCpuTime() - start;
    }

    private static IterationResult iterationOf(long operations) {
        return new IterationResult(null, null, new IterationResultMetaData(operations, operations));
    }
}
