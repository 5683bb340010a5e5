package dev.vtvsreactive.bench.traces;

import dev.vtvsreactive.bench.ChildJvm;
import dev.vtvsreactive.lesson.Blocking.LessonTimeoutException;
import dev.vtvsreactive.lesson.LessonModels;
import dev.vtvsreactive.lesson.traces.DebugAid;
import dev.vtvsreactive.lesson.traces.FailingScenario;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * The {@link StackTraceProbe} of one model under an aid that changes its JVM for good (Reactor's
 * debug agent), in a {@link ChildJvm} started with the aid's {@link DebugAid#jvmOptions() options}:
 * the request written to the child's standard input, its runs read back as JSON from its standard
 * output. The wait for the child is bounded; a child that outlives it is killed.
 *
 * <p>{@link #main} is the child's side; it is not meant to be run by hand.
 */
public final class ForkedProbe {

    /** What the child is asked to run. */
    public record Request(String model, DebugAid aid) {
    }

    /** What the child ran. */
    public record Runs(List<StackTraceRun> runs) {
        public Runs {
            runs = List.copyOf(runs);
        }
    }

    private ForkedProbe() {
    }

    /** How long the parent waits for a child: every scenario's bound, and the JVM's start-up. */
    static Duration bound() {
        return ChildJvm.bound(Arrays.stream(FailingScenario.values())
                .map(FailingScenario::waitBound)
                .reduce(Duration.ZERO, Duration::plus));
    }

    /**
     * Runs {@code aid} of {@code model} in a child JVM, waiting at most {@code bound}.
     *
     * @throws LessonTimeoutException if the child is still running after {@code bound}; it is killed
     * @throws IllegalStateException  if the child fails, with the start of what it wrote to its standard error
     */
    static List<StackTraceRun> run(String model, DebugAid aid, Duration bound) {
        return new ChildJvm(aid.jvmOptions(), ForkedProbe.class, List.of())
                .run(model + " (" + aid + ") in a child JVM", new Request(model, aid), Runs.class, bound)
                .runs();
    }

    /** The child: runs the request on standard input and prints its runs. */
    public static void main(String... args) {
        ChildJvm.serve(ForkedProbe.class, args, List.of(), Request.class, (arguments, request) ->
                new Runs(StackTraceProbe.run(LessonModels.plugin(request.model()).stackTraces(), request.aid(), true)));
    }
}
