package dev.vtvsreactive.bench.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.within;

import dev.vtvsreactive.bench.ChildJvm;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.IterationResultMetaData;
import org.openjdk.jmh.results.Result;

class CpuTimeProfilerTest {

    /** How long the child spins, and over how many operations the profiler spreads it. */
    record Spin(long millis, long operations) {
    }

    /** What the spinning thread burnt per operation, and what the profiler reported per operation. */
    record PerOperation(double spunNanos, double reportedNanos, String label, String unit) {
    }

    /**
     * In a JVM of its own, idle but for the spin (a test JVM's leftover threads would add their CPU
     * time to the process's): the profiler's figure is the spin's, within 10 %, for a spin of 30 ms
     * too, which clock ticks of 10 ms would read a third off.
     */
    @ParameterizedTest
    @CsvSource({"600, 20", "30, 3"})
    void reportsTheCpuTimeOfAKnownSpinPerOperation(long millis, long operations) {
        PerOperation measured = new ChildJvm(List.of("--enable-native-access=ALL-UNNAMED"), Spinner.class, List.of())
                .run("a " + millis + " ms spin in a child JVM", new Spin(millis, operations), PerOperation.class,
                        ChildJvm.bound(Duration.ofSeconds(5)));

        assertThat(measured.label()).isEqualTo(CpuTimeProfiler.METRIC);
        assertThat(measured.unit()).isEqualTo("ns/op");
        assertThat(measured.reportedNanos()).isCloseTo(measured.spunNanos(), within(measured.spunNanos() * 0.10));
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

    /** The child: spins as it is told between the profiler's two calls and prints both figures. */
    static final class Spinner {

        private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

        public static void main(String... args) {
            ChildJvm.serve(Spinner.class, args, List.of(), Spin.class, (none, spin) -> {
                CpuTimeProfiler profiler = new CpuTimeProfiler();
                // Loaded before the measured spin, as JMH's own classes are before an iteration.
                IterationResult iteration = new IterationResult(null, null,
                        new IterationResultMetaData(spin.operations(), spin.operations()));
                // Warm-up iterations, as JMH's: the JIT's and the clock's first calls are not the spin's.
                for (int warmup = 0; warmup < 3; warmup++) {
                    profiler.beforeIteration(null, null);
                    spin(TimeUnit.MILLISECONDS.toNanos(100));
                    profiler.afterIteration(null, null, iteration);
                }
                profiler.beforeIteration(null, null);
                long spun = spin(TimeUnit.MILLISECONDS.toNanos(spin.millis()));
                Result<?> result = profiler.afterIteration(null, null, iteration).iterator().next();
                return new PerOperation((double) spun / spin.operations(), result.getScore(), result.getLabel(),
                        result.getScoreUnit());
            });
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
            if (blackhole == 42) {
                System.err.print(""); // keeps the loop's work observable to the JIT
            }
            return THREADS.getCurrentThreadCpuTime() - start;
        }
    }
}
