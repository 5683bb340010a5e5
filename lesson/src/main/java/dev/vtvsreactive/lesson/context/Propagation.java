package dev.vtvsreactive.lesson.context;

import dev.vtvsreactive.lesson.Labelled;

/**
 * How a model carries a request id from the thread the request starts on to the lines its tasks
 * and callbacks log: each model's own way, and {@link #NONE} for the model as it is. A model lists
 * the ones it has in its {@link ContextPropagationFactory}, {@code none} first.
 */
public enum Propagation implements Labelled {

    /** Nothing carries it: the id is in the MDC of the request's thread only. */
    NONE("nothing carries it: the id is in the MDC of the request's thread only"),
    /** Virtual threads: the request's MDC copied into each virtual thread it starts, and cleared when that ends. */
    MDC_COPY("the request's MDC copied into each virtual thread"),
    /**
     * Virtual threads: a {@code ScopedValue} bound for the request and bound again in each virtual
     * thread it starts (only a {@code StructuredTaskScope}'s forks inherit it); each line copies it
     * into the MDC, which is what Logback reads.
     */
    SCOPED_VALUE("a ScopedValue bound for the request, again in each virtual thread"),
    /**
     * Reactor: {@code Hooks.enableAutomaticContextPropagation()}, with context-propagation's
     * {@code Slf4jThreadLocalAccessor}: {@code block()} captures the MDC into the {@code Context},
     * and every operator's callback runs with it restored.
     */
    AUTOMATIC_CONTEXT("Hooks.enableAutomaticContextPropagation(): the MDC in the Context, restored in every operator"),
    /** RxJava 3: {@code RxJavaPlugins.setScheduleHandler}, which runs scheduled work with the MDC of the thread that scheduled it. */
    SCHEDULE_HANDLER("RxJavaPlugins.setScheduleHandler(): scheduled work runs with the scheduler's caller's MDC"),
    /** CompletableFuture: an executor made for the request, which runs every async stage with the request's MDC. */
    CAPTURING_EXECUTOR("an executor per request, running every async stage with its MDC");

    private final String description;

    Propagation(String description) {
        this.description = description;
    }

    /** What carries the id, for a reader. */
    public String description() {
        return description;
    }

    /**
     * The propagation labelled {@code label}.
     *
     * @throws IllegalArgumentException naming the label and the known ones
     */
    public static Propagation of(String label) {
        return Labelled.byLabel(values(), label, "propagation");
    }

    @Override
    public String toString() {
        return label();
    }
}
