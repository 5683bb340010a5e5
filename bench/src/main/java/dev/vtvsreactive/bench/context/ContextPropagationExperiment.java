package dev.vtvsreactive.bench.context;

import dev.vtvsreactive.bench.context.ContextPropagationReport.NotRun;
import dev.vtvsreactive.bench.context.ContextPropagationReport.PropagationRun;
import dev.vtvsreactive.lesson.LessonModels;
import dev.vtvsreactive.lesson.context.ContextPropagationFactory;
import dev.vtvsreactive.lesson.context.ContextPropagationModel;
import dev.vtvsreactive.lesson.context.Propagation;
import dev.vtvsreactive.lesson.context.Request;
import dev.vtvsreactive.lesson.context.RequestIdProbe;
import dev.vtvsreactive.lesson.context.RequestLog;
import dev.vtvsreactive.stub.JsonPlaceholderStub;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The context-propagation probe: for every propagation of every model, {@code requests} requests
 * served at once ({@link RequestIdProbe}: each on its own thread, its id in the MDC, every tenth
 * with none), their GETs answered by the stub in this JVM; then which lines carried which id.
 */
public final class ContextPropagationExperiment {

    /** The most requests one run serves at once. */
    public static final int MAX_REQUESTS = 100_000;

    private ContextPropagationExperiment() {
    }

    /**
     * Runs every propagation of every model of {@code models}, in that order; one that fails or
     * runs out of time is reported as failed, with its error, and the others still run.
     *
     * @param progress told of each run and failure as it happens, one line each
     * @throws IllegalArgumentException naming an unknown model, or a number of requests out of range
     */
    public static ContextPropagationReport run(List<String> models, int requests, Consumer<String> progress) {
        return probe(models.stream().map(model -> LessonModels.plugin(model).contextPropagation()).toList(), requests, progress);
    }

    /** {@link #run} for the models these factories make. */
    static ContextPropagationReport probe(List<ContextPropagationFactory> factories, int requests, Consumer<String> progress) {
        if (requests < 1 || requests > MAX_REQUESTS) {
            throw new IllegalArgumentException("requests must be from 1 to " + MAX_REQUESTS + ", was " + requests);
        }
        List<PropagationRun> runs = new ArrayList<>();
        List<NotRun> failed = new ArrayList<>();
        try (JsonPlaceholderStub stub = JsonPlaceholderStub.start()) {
            for (ContextPropagationFactory factory : factories) {
                for (Propagation propagation : factory.variants()) {
                    try (ContextPropagationModel model = factory.create(propagation)) {
                        PropagationRun run = new PropagationRun(factory.name(), propagation, propagation.description(),
                                List.copyOf(RequestIdProbe.run(model, Request.many(requests), stub.baseUrl(), bound()).values()));
                        runs.add(run);
                        progress.accept(describe(run));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException("interrupted while probing " + factory.name() + " " + propagation, e);
                    } catch (RuntimeException e) {
                        NotRun notRun = new NotRun(factory.name(), propagation, e.getMessage() != null ? e.getMessage() : e.toString());
                        failed.add(notRun);
                        progress.accept(notRun.model() + " " + propagation + " failed: " + notRun.reason());
                    }
                }
            }
        }
        return new ContextPropagationReport(Runtime.version().toString(), RequestLog.CONTEXT.scale().factor(), requests,
                runs, failed);
    }

    /** How long the requests of one run may take together: a gather and two GETs each, all at once. */
    static Duration bound() {
        return RequestLog.gatherBound(RequestLog.CONTEXT).plus(RequestLog.httpBound(RequestLog.CONTEXT));
    }

    private static String describe(PropagationRun run) {
        return String.format(Locale.ROOT, "%s %s: %s, %d lines with another's id", run.model(), run.propagation(),
                run.reachesEveryLine() ? "every line has its request's id" : "some lines miss it", run.wrong());
    }
}
