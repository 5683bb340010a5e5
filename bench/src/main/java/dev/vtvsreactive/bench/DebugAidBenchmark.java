package dev.vtvsreactive.bench;

import dev.vtvsreactive.lesson.LessonModels;
import dev.vtvsreactive.lesson.failure.Job;
import dev.vtvsreactive.lesson.traces.DebugAid;
import dev.vtvsreactive.lesson.traces.FailingScenario;
import dev.vtvsreactive.lesson.traces.StackTracesModel;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What a debug aid costs when nothing fails: the failure lesson's gather of three jobs that all
 * succeed after one tick of 10 µs, assembled, run and waited for as the stack-trace probe calls it,
 * with the aid on. The ideal is the model's {@code none} row: an aid adds its work at assembly
 * ({@code Hooks.onOperatorDebug()} and RxJava's assembly tracking record a stack trace per
 * operator; the debug agent records a call site, cheaply; a checkpoint adds one operator), so the
 * difference from {@code none} is the aid's price per gather. Virtual threads and
 * {@code CompletableFuture} have no aid to price.
 *
 * <p>Eight iterations of 100 ms, each of several hundred gathers: a scheduler's hand-offs make one
 * iteration differ from the next, and with eight JMH's 99.9 % interval takes Student's t of 5.4 times
 * the standard error. The variant names the model and the aid; each runs in a fork of its own, which matters here:
 * the aids are global and the debug agent cannot be switched off.
 */
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 200, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 8, time = 100, timeUnit = TimeUnit.MILLISECONDS)
@Fork(value = 3, jvmArgsAppend = {
        "-Xms1g", "-Xmx1g", "--sun-misc-unsafe-memory-access=allow", "--enable-native-access=ALL-UNNAMED",
        "-XX:+EnableDynamicAgentLoading"})
public class DebugAidBenchmark extends BenchmarkSettings {

    /**
     * A lesson millisecond, 10 µs at the probe's scale: a job ticks on its scheduler's interval, and
     * an interval of zero would tick on and on until the job's cancellation lands.
     */
    private static final Duration STEP = Duration.ofMillis(1);
    /** The gather's ideal: its jobs' one step, all three at once. */
    static final Duration IDEAL = FailingScenario.CONTEXT.scaled(STEP);
    private static final List<String> RESULTS = List.of("Result from A", "Result from B", "Result from C");

    /** The model and its aid, switched on before the scenario is made. */
    @State(Scope.Benchmark)
    public static class Aided {

        @Param({"reactor/none", "reactor/checkpoint", "reactor/on-operator-debug", "reactor/reactor-debug-agent",
                "rxjava/none", "rxjava/assembly-tracking"})
        public String variant;

        StackTracesModel model;

        @Setup(Level.Trial)
        public void open() {
            String[] modelAndAid = variant.split("/", 2);
            model = LessonModels.plugin(modelAndAid[0]).stackTraces().create(DebugAid.of(modelAndAid[1]));
        }

        @TearDown(Level.Trial)
        public void close() {
            model.close();
        }
    }

    /** Gathers three fresh jobs (a job runs once) and returns their results. */
    @Benchmark
    public List<String> gather(Aided aided) throws InterruptedException {
        List<Job> jobs = List.of(Job.succeeding("A", 1, STEP), Job.succeeding("B", 1, STEP),
                Job.succeeding("C", 1, STEP));
        return WrongResultException.requireEqual("gather on " + aided.variant, RESULTS, aided.model.gather(jobs));
    }
}
