package dev.vtvsreactive.bench;

import dev.vtvsreactive.lesson.Task;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code asyncio.gather} of {@link Tasks#tasks N} tasks with nothing to wait for
 * ({@link NoWaitState}): what a model costs per task to start N tasks at once, suspend each once and
 * gather their results in order, through the same gather as the lesson's. The ideal is zero; divide
 * the score by N for the cost per task, which should stay flat as N grows where the gather's state
 * per task is constant.
 *
 * <p>Eight iterations of 1 s: each at least 20 gathers of 10,000 (up to 50 ms each); eight, because a
 * scheduler's hand-offs make one iteration differ from the next by up to a half, and with eight JMH's
 * 99.9 % interval takes Student's t of 5.4 times the standard error instead of 8.6 with five. A
 * warm-up of 4 s: the largest gathers' scores stop falling after 2.5 s, CompletableFuture's gather
 * of 100 only after about 3.5 s (two to three times slower before, 72.7 ± 2.5 µs after on two cores).
 */
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 8, time = 1)
public class NoWaitGatherBenchmark extends BenchmarkSettings {

    /** N tasks named {@code T0} to {@code T<N-1>}, each with no delay, and their results in order. */
    @State(Scope.Benchmark)
    public static class Tasks {

        /** 3 as in the lesson, then the scale at which a per-task cost shows. */
        @Param({"3", "100", "10000"})
        public int tasks;

        List<Task> list;
        List<String> results;

        @Setup(Level.Trial)
        public void make() {
            list = IntStream.range(0, tasks).mapToObj(i -> new Task("T" + i, Duration.ZERO)).toList();
            results = list.stream().map(Task::result).toList();
        }
    }

    /** Gathers the N tasks and returns their results. */
    @Benchmark
    public List<String> gather(NoWaitState noWait, Tasks tasks) {
        return noWait.trial.check("gather", tasks.results, noWait.trial.model().gather(tasks.list));
    }
}
