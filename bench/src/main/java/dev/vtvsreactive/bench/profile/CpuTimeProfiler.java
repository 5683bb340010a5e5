package dev.vtvsreactive.bench.profile;

import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * CPU time per operation: the fork's CPU time over one iteration (user and system, every thread of
 * the process: the caller, the model's schedulers, carriers and event loops, the GC and the JIT),
 * divided by the operations the iteration completed. JMH runs it inside each fork and reports it as
 * the secondary metric {@value #METRIC}, in ns/op, with its interval across iterations:
 *
 * <pre>{@code java -jar benchmarks.jar Gather -prof dev.vtvsreactive.bench.profile.CpuTimeProfiler}</pre>
 *
 * <p>The process's CPU time is read to the nanosecond ({@link ProcessCpuClock}): an iteration of a
 * scenario that mostly waits burns only tens of milliseconds of CPU, which the JDK's 10-ms ticks
 * would leave a quarter or more off.
 *
 * <p>Where a scenario mostly waits, its time per operation is the wait; its CPU time per operation is
 * what the model itself costs to run it.
 */
public final class CpuTimeProfiler implements InternalProfiler {

    /** The secondary metric's name in JMH's results. */
    public static final String METRIC = "cpu.time.norm";

    private final ProcessCpuClock clock = new ProcessCpuClock();
    private long cpuAtStart;

    @Override
    public String getDescription() {
        return "CPU time of the whole fork (user + system, every thread) per operation";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        cpuAtStart = clock.nanos();
    }

    /**
     * @throws IllegalStateException if the iteration completed no operation, or the platform does not
     *                               report the process's CPU time: there is nothing to divide
     */
    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
            IterationResult result) {
        return List.of(perOperation(clock.nanos() - cpuAtStart, result.getMetadata().getAllOps()));
    }

    /** {@code cpuNanos} spread over {@code operations}, as JMH's result. */
    static ScalarResult perOperation(long cpuNanos, long operations) {
        if (operations <= 0) {
            throw new IllegalStateException("CPU time per operation of an iteration that completed " + operations
                    + " operations: make the iteration longer than one operation");
        }
        if (cpuNanos < 0) {
            throw new IllegalStateException("this platform does not report the process's CPU time");
        }
        return new ScalarResult(METRIC, (double) cpuNanos / operations, "ns/op", AggregationPolicy.AVG);
    }
}
