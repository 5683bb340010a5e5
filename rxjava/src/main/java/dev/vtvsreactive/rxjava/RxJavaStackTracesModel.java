package dev.vtvsreactive.rxjava;

import dev.vtvsreactive.lesson.failure.Job;
import dev.vtvsreactive.lesson.http.PostAndComment;
import dev.vtvsreactive.lesson.traces.DebugAid;
import dev.vtvsreactive.lesson.traces.FailingScenario;
import dev.vtvsreactive.lesson.traces.NamedMethod;
import dev.vtvsreactive.lesson.traces.StackTracesModel;
import java.net.URI;
import java.util.List;

/**
 * The blocking facade over {@link RxJavaStackTraces}: each scenario is waited for with
 * {@code Single.blockingGet()}, which rethrows the error as it came (a checked one wrapped). It has
 * no timeout of its own; an interrupt of the waiting thread disposes the scenario and ends the wait.
 */
public final class RxJavaStackTracesModel implements StackTracesModel {

    private final Runnable switchOff;
    private final RxJavaStackTraces traces;

    /** Switches {@code aid} on first: the scenarios' operators must be assembled under it. */
    public RxJavaStackTracesModel(DebugAid aid) {
        this.switchOff = RxJavaDebugAids.switchOn(aid);
        this.traces = new RxJavaStackTraces(FailingScenario.CONTEXT);
    }

    @Override
    public String blockingCall() {
        return "Single.blockingGet()";
    }

    @Override
    public NamedMethod scenarioMethod(FailingScenario scenario) {
        return switch (scenario) {
            case GATHER -> NamedMethod.of(RxJavaFailures.class, "gather");
            case HTTP -> NamedMethod.of(RxJavaStackTraces.class, "http");
        };
    }

    @Override
    public List<String> gather(List<Job> jobs) {
        return traces.gather(jobs).blockingGet();
    }

    @Override
    public PostAndComment http(URI postsBase, URI commentsBase) {
        return traces.http(postsBase, commentsBase).blockingGet();
    }

    @Override
    public void close() {
        try {
            traces.close();
        } finally {
            switchOff.run();
        }
    }
}
