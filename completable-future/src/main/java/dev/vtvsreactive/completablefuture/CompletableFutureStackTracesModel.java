package dev.vtvsreactive.completablefuture;

import dev.vtvsreactive.lesson.failure.Job;
import dev.vtvsreactive.lesson.http.PostAndComment;
import dev.vtvsreactive.lesson.traces.FailingScenario;
import dev.vtvsreactive.lesson.traces.NamedMethod;
import dev.vtvsreactive.lesson.traces.StackTracesModel;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The blocking facade over {@link CompletableFutureStackTraces}: each scenario is waited for with
 * {@code join()}, bounded by {@code orTimeout} on the scenario's own future (which adds no stage).
 * {@code join} throws a {@code CompletionException}: the one the failed stage stored, made on the
 * thread that ran it, or, when the failure was stored bare, a new one made on the caller's thread.
 * {@code CompletableFuture} has no debug aid of its own.
 */
public final class CompletableFutureStackTracesModel implements StackTracesModel {

    private final CompletableFutureStackTraces traces = new CompletableFutureStackTraces(FailingScenario.CONTEXT);

    @Override
    public String blockingCall() {
        return "CompletableFuture.join()";
    }

    @Override
    public NamedMethod scenarioMethod(FailingScenario scenario) {
        return switch (scenario) {
            case GATHER -> NamedMethod.of(CompletableFutureFailures.class, "gather");
            case HTTP -> NamedMethod.of(CompletableFutureStackTraces.class, "http");
        };
    }

    @Override
    public List<String> gather(List<Job> jobs) {
        return join(traces.gather(jobs), FailingScenario.GATHER);
    }

    @Override
    public PostAndComment http(URI postsBase, URI commentsBase) {
        return join(traces.http(postsBase, commentsBase), FailingScenario.HTTP);
    }

    private static <T> T join(CompletableFuture<T> work, FailingScenario scenario) {
        return work.orTimeout(scenario.waitBound().toNanos(), TimeUnit.NANOSECONDS).join();
    }

    @Override
    public void close() {
        traces.close();
    }
}
