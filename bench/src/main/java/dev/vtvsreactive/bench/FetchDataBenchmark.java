package dev.vtvsreactive.bench;

import dev.vtvsreactive.lesson.Lesson;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Measurement;

/**
 * The lesson's {@code main()}: {@code await fetch_data()}, a simulated I/O call that says it is
 * fetching, waits {@link Lesson#FETCH_DELAY} and returns {@link Lesson#DATA}.
 *
 * <p>Measures one awaited call that produces a value: like {@link GreetBenchmark} plus carrying a
 * result through the model ({@code Mono}, {@code Single}, {@code CompletableFuture} or a plain
 * return on a virtual thread). The ideal is 20 ms at the default scale ({@link Ideal#FETCH_DATA});
 * as with greet, expect the overheads to be small against the delay and close to each other. Data
 * other than the lesson's fails the run.
 *
 * <p>Iterations of 500 ms: 25 operations of 20 ms each.
 */
@Measurement(iterations = 5, time = 500, timeUnit = TimeUnit.MILLISECONDS)
public class FetchDataBenchmark extends BenchmarkSettings {

    /** Fetches the data and returns it, checked against the lesson's. */
    @Benchmark
    public Map<String, String> fetchData(LessonState lesson) {
        return lesson.trial.check("fetchData", Lesson.DATA, lesson.trial.model().fetchData());
    }
}
