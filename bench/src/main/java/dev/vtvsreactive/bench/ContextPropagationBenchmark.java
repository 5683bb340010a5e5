package dev.vtvsreactive.bench;

import dev.vtvsreactive.lesson.LessonContext;
import dev.vtvsreactive.lesson.LessonModels;
import dev.vtvsreactive.lesson.Task;
import dev.vtvsreactive.lesson.TimeScale;
import dev.vtvsreactive.lesson.context.ContextPropagationModel;
import dev.vtvsreactive.lesson.context.Propagation;
import dev.vtvsreactive.lesson.context.RequestLog;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.slf4j.MDC;

/**
 * What carrying a request id costs: the lesson's gather of three tasks with nothing to wait for,
 * called from a thread whose MDC holds the id, as the context-propagation probe calls it, with each
 * of the model's propagations. The ideal is the model's {@code none} row, where nothing carries the
 * id: the difference is the propagation's price per gather of three (an MDC copied and restored per
 * task, a scoped value bound, the {@code Context} captured and thread-locals restored around each
 * operator, each scheduled task wrapped). The tasks' lines are logged below the logger's level, so
 * the log's own cost is not in it.
 *
 * <p>Eight iterations of 100 ms, each of a thousand gathers or more: a scheduler's hand-offs make one
 * iteration differ from the next, and with eight JMH's 99.9 % interval takes Student's t of 5.4 times
 * the standard error. The variant names the model and the propagation, each in a fork of its own:
 * the hooks are global.
 */
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 200, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 8, time = 100, timeUnit = TimeUnit.MILLISECONDS)
public class ContextPropagationBenchmark extends BenchmarkSettings {

    private static final LessonContext NO_WAIT = new LessonContext(TimeScale.NO_WAIT, RequestLog.narrator());
    private static final String REQUEST = "r1";

    /** The model with one propagation, and the benchmark thread's MDC holding the request's id. */
    @State(Scope.Thread)
    public static class Propagating {

        @Param({"virtual-threads/none", "virtual-threads/mdc-copy", "virtual-threads/scoped-value",
                "reactor/none", "reactor/automatic-context", "rxjava/none", "rxjava/schedule-handler",
                "completable-future/none", "completable-future/capturing-executor"})
        public String variant;

        ContextPropagationModel model;
        List<Task> tasks;
        List<String> results;

        @Setup(Level.Trial)
        public void open() {
            String[] modelAndPropagation = variant.split("/", 2);
            model = LessonModels.plugin(modelAndPropagation[0]).contextPropagation()
                    .create(Propagation.of(modelAndPropagation[1]), NO_WAIT);
            tasks = RequestLog.tasks(REQUEST);
            results = tasks.stream().map(Task::result).toList();
            MDC.put(RequestLog.KEY, REQUEST);
        }

        @TearDown(Level.Trial)
        public void close() {
            MDC.remove(RequestLog.KEY);
            model.close();
        }
    }

    /** Gathers the three tasks and returns their results. */
    @Benchmark
    public List<String> gather(Propagating propagating) throws InterruptedException {
        return WrongResultException.requireEqual("gather on " + propagating.variant, propagating.results,
                propagating.model.gather(propagating.tasks));
    }
}
