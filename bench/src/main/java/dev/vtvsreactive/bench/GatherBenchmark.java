package dev.vtvsreactive.bench;

import dev.vtvsreactive.lesson.Lesson;
import dev.vtvsreactive.lesson.Task;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Measurement;

/**
 * The lesson's {@code main_concurrent()}: {@code asyncio.gather} of tasks A, B and C, which sleep
 * 3, 1 and 2 lesson seconds ({@link Lesson#GATHER_TASKS}) at the same time.
 *
 * <p>Measures whether a model really overlaps the tasks and what it costs to fork three tasks and
 * join their results in order. Run concurrently they take as long as the longest, 30 ms at the
 * default scale ({@link Ideal#GATHER}); run one after the other they would take 60 ms, which the
 * report makes plain. Results in completion order (B, C, A) instead of the tasks' order fail the run.
 *
 * <p>Iterations of 700 ms: 23 operations of 30 ms each.
 */
@Measurement(iterations = 5, time = 700, timeUnit = TimeUnit.MILLISECONDS)
public class GatherBenchmark extends BenchmarkSettings {

    /** What {@code gather} returns: each task's result in the order of the tasks. */
    static final List<String> RESULTS = Lesson.GATHER_TASKS.stream().map(Task::result).toList();

    /** Gathers the lesson's three tasks and returns their results. */
    @Benchmark
    public List<String> gather(LessonState lesson) {
        return lesson.trial.check("gather", RESULTS, lesson.trial.model().gather(Lesson.GATHER_TASKS));
    }
}
