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
 * <p>Forks, warmup and measurement here are the rigorous settings, which {@code java -jar
 * benchmarks.jar} uses unless told otherwise and {@code ./mvnw verify -Pbench-rigorous} repeats;
 * the default {@code ./mvnw verify} overrides them with a quick profile. Three forks catch
 * run-to-run variance (JIT decisions, thread placement); five iterations keep the 99.9 % error
 * interval usable. Each fork gets a fixed 1 GB heap so that {@code -prof gc} figures do not depend
 * on the machine's memory; JMH's use of {@code sun.misc.Unsafe} and Netty's of native code are
 * allowed, so that JDK 25 does not interleave warnings with the progress of every fork.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 3, jvmArgsAppend = {
        "-Xms1g", "-Xmx1g", "--sun-misc-unsafe-memory-access=allow", "--enable-native-access=ALL-UNNAMED"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 3)
abstract class BenchmarkSettings {
}
