package dev.vtvsreactive.lesson.traces;

import dev.vtvsreactive.lesson.failure.Job;
import dev.vtvsreactive.lesson.http.PostAndComment;
import java.net.URI;
import java.util.List;

/**
 * The failing scenarios in one model, under one {@link DebugAid}, called as application code calls
 * them: each started in the model's idiom and waited for with the model's own blocking API
 * ({@code Mono.block()}, {@code Single.blockingGet()}, {@code CompletableFuture.join()}, a plain call
 * on a virtual thread). Each method throws exactly what the model hands its caller: that exception,
 * its causes and what it suppresses are what the probe reads.
 *
 * <p>Made, with its aid switched on, by the model's {@link StackTracesFactory}; {@link #close}
 * switches the aid off where it can be, and releases the model's clients and schedulers.
 */
public interface StackTracesModel extends AutoCloseable {

    /** How the caller waits, in the model's words, e.g. {@code "Mono.block()"}. */
    String blockingCall();

    /**
     * The method that starts {@code scenario}'s work in this model, which a useful trace names:
     * {@code ReactorFailures.gather}, say.
     */
    NamedMethod scenarioMethod(FailingScenario scenario);

    /**
     * {@link FailingScenario#GATHER}: the failure lesson's {@code asyncio.gather} of {@code jobs}.
     *
     * @throws RuntimeException what the model hands its caller when a job fails
     */
    List<String> gather(List<Job> jobs) throws InterruptedException;

    /**
     * {@link FailingScenario#HTTP}: the lesson's HTTP example, {@code posts/1} from {@code postsBase}
     * and {@code comments/1} from {@code commentsBase}, both in flight at once, so that one of them
     * can fail while the other succeeds.
     *
     * @throws RuntimeException what the model hands its caller when a GET fails
     */
    PostAndComment http(URI postsBase, URI commentsBase) throws InterruptedException;

    /** Switches the aid off where that can be done, and releases the model's clients and schedulers. */
    @Override
    void close();
}
