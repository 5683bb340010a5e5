package dev.vtvsreactive.virtualthreads;

import dev.vtvsreactive.lesson.failure.Job;
import dev.vtvsreactive.lesson.http.PostAndComment;
import dev.vtvsreactive.lesson.traces.FailingScenario;
import dev.vtvsreactive.lesson.traces.NamedMethod;
import dev.vtvsreactive.lesson.traces.StackTracesModel;
import java.net.URI;
import java.util.List;

/**
 * The facade over {@link VirtualThreadsStackTraces}, which is blocking already: the caller, on a
 * virtual thread, calls the scenario and gets its exception. The wait is the scenario's own, ended
 * by an interrupt of the calling thread. (The labelled variant, {@code StructuredTaskScope}, is a
 * preview API in JDK 25: the module's tests probe it.)
 */
public final class VirtualThreadsStackTracesModel implements StackTracesModel {

    private final VirtualThreadsStackTraces traces = new VirtualThreadsStackTraces(FailingScenario.CONTEXT);

    @Override
    public String blockingCall() {
        return "a plain call";
    }

    @Override
    public NamedMethod scenarioMethod(FailingScenario scenario) {
        return switch (scenario) {
            case GATHER -> NamedMethod.of(VirtualThreadsFailures.class, "gather");
            case HTTP -> NamedMethod.of(VirtualThreadsStackTraces.class, "http");
        };
    }

    @Override
    public List<String> gather(List<Job> jobs) throws InterruptedException {
        return traces.gather(jobs);
    }

    @Override
    public PostAndComment http(URI postsBase, URI commentsBase) throws InterruptedException {
        return traces.http(postsBase, commentsBase);
    }

    @Override
    public void close() {
        traces.close();
    }
}
