package dev.vtvsreactive.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The settings every benchmark of the suite inherits (JMH reads annotations from the superclass).
 *
 * <p>Every operation is one scenario of the lesson, run to completion by a caller that waits for it,
 * so the score is the average time of one scenario, in milliseconds, beside {@link Ideal its ideal}.
 *
 * <p>Warm-up and measurement are each benchmark's own: an iteration holds at least
 * {@value #MIN_OPERATIONS_PER_ITERATION} of its operations, so that its score is an average worth
 * an interval, and warm-up lasts until the scores are flat. These defaults fit an operation of up
 * to 20 ms that mostly waits (the lesson's greet at its default scale takes 10, and its scores are
 * flat from the first iteration on); a benchmark with longer operations, or a JIT that takes longer
 * to settle, says its own. The report flags a row whose scores were still falling. The profiles of {@code ./mvnw verify} differ
 * in forks and in what they run, not in iterations: the quick one forks once, the rigorous one (and
 * {@code java -jar benchmarks.jar}) three times, which catches run-to-run variance (JIT decisions,
 * thread placement). Each fork gets a fixed 1 GB heap so that {@code -prof gc} figures do not
 * depend on the machine's memory; JMH's use of {@code sun.misc.Unsafe} and Netty's of native code
 * are allowed, so that JDK 25 does not interleave warnings with the progress of every fork.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 3, jvmArgsAppend = {
        "-Xms1g", "-Xmx1g", "--sun-misc-unsafe-memory-access=allow", "--enable-native-access=ALL-UNNAMED"})
@Warmup(iterations = 2, time = 400, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 5, time = 400, timeUnit = TimeUnit.MILLISECONDS)
abstract class BenchmarkSettings {

    /** The fewest operations a measured iteration holds, at the default parameters. */
    static final int MIN_OPERATIONS_PER_ITERATION = 20;
}
