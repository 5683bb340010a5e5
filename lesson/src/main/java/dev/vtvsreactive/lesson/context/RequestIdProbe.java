package dev.vtvsreactive.lesson.context;

import dev.vtvsreactive.lesson.Task;
import dev.vtvsreactive.lesson.http.PostAndComment;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The probe: requests served at once, each on its own thread with its id in the MDC, each running
 * the lesson's gather (its tasks named after it) and then the HTTP example in one
 * {@link ContextPropagationModel}; then every line they logged, checked for its request's id.
 */
public final class RequestIdProbe {

    private RequestIdProbe() {
    }

    /**
     * Serves {@code requests} with {@code model}, the GETs sent to {@code baseUrl}.
     *
     * @param bound how long all of them may take together
     * @return what the lines of each kind carried
     * @throws IllegalStateException if a request failed, returned a wrong result or did not end within {@code bound}
     */
    public static Map<LineKind, RequestIdCheck> run(ContextPropagationModel model, List<Request> requests, URI baseUrl,
            Duration bound) throws InterruptedException {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(baseUrl, "baseUrl");
        try (RequestLines log = RequestLines.collect()) {
            ConcurrentRequests.serve(requests, bound, request -> serve(model, request, baseUrl));
            return RequestIdCheck.byKind(requests, log.lines());
        }
    }

    private static void serve(ContextPropagationModel model, Request request, URI baseUrl) throws InterruptedException {
        List<Task> tasks = RequestLog.tasks(request.name());
        List<String> results = model.gather(tasks);
        List<String> expected = tasks.stream().map(Task::result).toList();
        if (!results.equals(expected)) {
            throw new IllegalStateException("request " + request.name() + ": the gather returned " + results + ", not " + expected);
        }
        PostAndComment both = model.http(baseUrl, request.name());
        if (both.post().id() != 1 || both.comment().id() != 1) {
            throw new IllegalStateException("request " + request.name() + ": the HTTP example returned " + both
                    + ", not post 1 and comment 1");
        }
    }
}
