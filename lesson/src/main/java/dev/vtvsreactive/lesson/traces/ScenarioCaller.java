package dev.vtvsreactive.lesson.traces;

import dev.vtvsreactive.lesson.Blocking;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.FutureTask;

/**
 * The caller of every failing scenario: application code on a virtual thread of its own, which
 * calls the scenario through the model's {@link StackTracesModel} and catches what it throws. Its
 * method is known ({@link #METHOD}), so that a trace can be searched for the frame a developer
 * looks for first: the line of their own code that made the failing call.
 *
 * <pre>{@code
 * TracedFailure traced = ScenarioCaller.trace(model, FailingScenario.HTTP, stub.baseUrl(), stub.baseUrl(Fault.SERVER_ERROR));
 * }</pre>
 */
public final class ScenarioCaller {

    /** The caller's method, whose frame a trace names when it keeps the caller's stack. */
    public static final NamedMethod METHOD = NamedMethod.of(ScenarioCaller.class, "callScenario");

    /** Time for the caller's thread beyond the scenario's own bound: starting it, and handing the exception back. */
    private static final Duration SLACK = Duration.ofSeconds(5);

    private ScenarioCaller() {
    }

    /**
     * Calls {@code scenario} of {@code model} on a new virtual thread and returns what it threw.
     * {@code postsBase} and {@code commentsBase} serve {@link FailingScenario#HTTP}; the gather ignores them.
     *
     * @throws IllegalStateException  if the scenario did not fail
     * @throws Blocking.LessonTimeoutException if it did not end within its bound; the caller's thread is interrupted
     */
    public static Throwable call(StackTracesModel model, FailingScenario scenario, URI postsBase, URI commentsBase) {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(scenario, "scenario");
        FutureTask<Throwable> caller = new FutureTask<>(() -> callScenario(model, scenario, postsBase, commentsBase));
        Thread.ofVirtual().name("scenario-caller").start(caller);
        return Blocking.await(caller, scenario.waitBound().plus(SLACK), model.blockingCall() + " of " + scenario);
    }

    /**
     * {@link #call} and what it caught measured, with the scenario's method and the caller's looked for in it.
     *
     * @throws IllegalStateException  if the scenario did not fail
     * @throws Blocking.LessonTimeoutException if it did not end within its bound
     */
    public static TracedFailure trace(StackTracesModel model, FailingScenario scenario, URI postsBase, URI commentsBase) {
        return TracedFailure.of(call(model, scenario, postsBase, commentsBase), model.scenarioMethod(scenario), METHOD);
    }

    /** The caller: a plain call, a plain catch. */
    private static Throwable callScenario(StackTracesModel model, FailingScenario scenario, URI postsBase,
                                          URI commentsBase) throws InterruptedException {
        Object result;
        try {
            result = switch (scenario) {
                case GATHER -> model.gather(FailingScenario.gatherJobs());
                case HTTP -> model.http(postsBase, commentsBase);
            };
        } catch (RuntimeException failure) {
            return failure;
        }
        throw new IllegalStateException(scenario.title() + " did not fail, with " + model.blockingCall() + ": " + result);
    }
}
