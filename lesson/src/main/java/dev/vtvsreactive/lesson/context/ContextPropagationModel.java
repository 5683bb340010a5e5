package dev.vtvsreactive.lesson.context;

import dev.vtvsreactive.lesson.Task;
import dev.vtvsreactive.lesson.http.PostAndComment;
import java.net.URI;
import java.util.List;

/**
 * The lesson's gather and HTTP example in one model, with one {@link Propagation} of the request
 * id, called as a request handler calls them: on the request's thread, whose MDC holds the id
 * under {@link RequestLog#KEY} (or holds none), waiting with the model's own blocking API. Every
 * line is an SLF4J log line ({@link RequestLog}); which of them carry the id is what the probe reads.
 *
 * <p>Made by the model's {@link ContextPropagationFactory}; {@link #close} switches a global hook
 * off where the propagation installed one, and releases the model's clients.
 */
public interface ContextPropagationModel extends AutoCloseable {

    /**
     * {@code asyncio.gather(*tasks)}: each task logs that it starts and, in its own continuation
     * after its delay, that it finished.
     *
     * @return the tasks' results, in the order of {@code tasks}
     */
    List<String> gather(List<Task> tasks) throws InterruptedException;

    /**
     * The HTTP example, {@code posts/1} and {@code comments/1} from {@code baseUrl} at once; each
     * GET's response handling logs {@link RequestLog#answered(String, String)} for {@code request}.
     */
    PostAndComment http(URI baseUrl, String request) throws InterruptedException;

    /** Switches the propagation's global hook off, if it has one, and releases the model's clients. */
    @Override
    void close();
}
