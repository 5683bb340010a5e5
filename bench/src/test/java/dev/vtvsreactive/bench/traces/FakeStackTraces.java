package dev.vtvsreactive.bench.traces;

import dev.vtvsreactive.lesson.Model;
import dev.vtvsreactive.lesson.failure.Job;
import dev.vtvsreactive.lesson.http.PostAndComment;
import dev.vtvsreactive.lesson.traces.DebugAid;
import dev.vtvsreactive.lesson.traces.FailingScenario;
import dev.vtvsreactive.lesson.traces.NamedMethod;
import dev.vtvsreactive.lesson.traces.StackTracesFactory;
import dev.vtvsreactive.lesson.traces.StackTracesModel;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A model whose scenarios fail in known ways, for the probe's own tests: the gather throws an
 * exception made in its own frame, so its trace names the gather and the caller; the HTTP example
 * throws one made on another thread, so its trace names neither.
 */
class FakeStackTraces implements StackTracesModel {

    static final String GATHER_FAILURE = "made in the gather's own frame";
    static final String HTTP_FAILURE = "made on another thread";

    /** A factory of this model, under {@code aids}, none first. */
    static StackTracesFactory factory(List<DebugAid> aids) {
        return new StackTracesFactory(Model.COMPLETABLE_FUTURE, aids, aid -> new FakeStackTraces());
    }

    @Override
    public String blockingCall() {
        return "a fake call";
    }

    @Override
    public NamedMethod scenarioMethod(FailingScenario scenario) {
        return NamedMethod.of(FakeStackTraces.class, scenario == FailingScenario.GATHER ? "gather" : "http");
    }

    @Override
    public List<String> gather(List<Job> jobs) {
        throw new IllegalStateException(GATHER_FAILURE);
    }

    @Override
    public PostAndComment http(URI postsBase, URI commentsBase) {
        throw CompletableFuture.supplyAsync(FakeStackTraces::madeElsewhere).join();
    }

    /** Made on a pool's thread, by a method of its own: a lambda in {@link #http} would be named as one of it. */
    private static IllegalStateException madeElsewhere() {
        return new IllegalStateException(HTTP_FAILURE);
    }

    @Override
    public void close() {
    }
}
