package dev.vtvsreactive.bench;

import dev.vtvsreactive.lesson.Lesson;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The lesson's {@code greet} and {@code fetch_data} with nothing to wait for ({@link NoWaitState}):
 * the cost of one coroutine in each model — starting it, one suspension on an already-due wait,
 * resuming, saying its lines and handing its result to a caller that waits for it. The ideal is
 * zero; expect microseconds, and a difference between the models that the lesson's real waits hide.
 *
 * <p>Nothing to wait for, so the JIT is all there is to settle: a warm-up of 2.5 s, as the no-wait
 * gathers have.
 */
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 500, timeUnit = TimeUnit.MILLISECONDS)
public class NoWaitBenchmark extends BenchmarkSettings {

    /** {@code greet("Alice")} and the line the model said. */
    @Benchmark
    public String greet(NoWaitState noWait) {
        noWait.trial.model().greet(GreetBenchmark.NAME);
        return noWait.trial.check("greet", Lesson.hello(GreetBenchmark.NAME), noWait.trial.takeLatestLine());
    }

    /** {@code fetch_data()} and its result. */
    @Benchmark
    public Map<String, String> fetchData(NoWaitState noWait) {
        return noWait.trial.check("fetchData", Lesson.DATA, noWait.trial.model().fetchData());
    }
}
