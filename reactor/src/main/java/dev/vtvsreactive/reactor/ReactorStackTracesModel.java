package dev.vtvsreactive.reactor;

import dev.vtvsreactive.lesson.failure.Job;
import dev.vtvsreactive.lesson.http.PostAndComment;
import dev.vtvsreactive.lesson.traces.DebugAid;
import dev.vtvsreactive.lesson.traces.FailingScenario;
import dev.vtvsreactive.lesson.traces.NamedMethod;
import dev.vtvsreactive.lesson.traces.StackTracesModel;
import java.net.URI;
import java.util.List;
import reactor.core.publisher.Mono;

/**
 * The blocking facade over {@link ReactorStackTraces}: each scenario is waited for with
 * {@code Mono.block}, which rethrows the error and adds, as suppressed, an exception made on the
 * caller's own thread. Under {@link DebugAid#CHECKPOINT} the scenario is checkpointed with its title
 * first, as a developer marks a chain they want to find in traces.
 */
public final class ReactorStackTracesModel implements StackTracesModel {

    private final DebugAid aid;
    private final Runnable switchOff;
    private final ReactorStackTraces traces;

    /** Switches {@code aid} on before making the scenarios: their operators must be assembled under it. */
    public ReactorStackTracesModel(DebugAid aid) {
        this.aid = aid;
        this.switchOff = ReactorDebugAids.switchOn(aid);
        this.traces = new ReactorStackTraces(FailingScenario.CONTEXT);
    }

    @Override
    public String blockingCall() {
        return "Mono.block()";
    }

    @Override
    public NamedMethod scenarioMethod(FailingScenario scenario) {
        return switch (scenario) {
            case GATHER -> NamedMethod.of(ReactorFailures.class, "gather");
            case HTTP -> NamedMethod.of(ReactorStackTraces.class, "http");
        };
    }

    @Override
    public List<String> gather(List<Job> jobs) {
        return block(traces.gather(jobs), FailingScenario.GATHER);
    }

    @Override
    public PostAndComment http(URI postsBase, URI commentsBase) {
        return block(traces.http(postsBase, commentsBase), FailingScenario.HTTP);
    }

    private <T> T block(Mono<T> work, FailingScenario scenario) {
        Mono<T> marked = aid == DebugAid.CHECKPOINT ? work.checkpoint(scenario.title()) : work;
        return marked.block(scenario.waitBound());
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
