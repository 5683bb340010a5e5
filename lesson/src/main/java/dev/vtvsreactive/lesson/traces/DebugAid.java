package dev.vtvsreactive.lesson.traces;

import dev.vtvsreactive.lesson.Labelled;
import java.util.List;
import java.util.Optional;

/**
 * What a developer switches on to see where a failed piece of concurrent work came from: each
 * model's own aids, labelled, and {@link #NONE} for the model as it is. A model lists the aids it
 * has in its {@link StackTracesFactory}, {@code none} first.
 */
public enum DebugAid implements Labelled {

    /** No aid: what the model hands its caller by default. */
    NONE("none: the model as it is"),
    /** Reactor: {@code checkpoint("…")} on the scenario; its description marks every error that passes it. */
    CHECKPOINT("checkpoint(\"…\") on the scenario"),
    /** Reactor: {@code Hooks.onOperatorDebug()}: every operator assembled after it records where. */
    ON_OPERATOR_DEBUG("Hooks.onOperatorDebug(): an assembly trace per operator"),
    /**
     * Reactor: the {@code ReactorDebugAgent} of reactor-tools, which rewrites every call site that
     * returns a {@code Flux} or {@code Mono} as classes load. It cannot be switched off, so it runs
     * in a JVM of its own; it attaches itself at run time, which the JDK allows once told.
     */
    REACTOR_DEBUG_AGENT("ReactorDebugAgent (reactor-tools): call sites rewritten as classes load", true,
            List.of("-XX:+EnableDynamicAgentLoading")),
    /** RxJava 3: {@code RxJavaAssemblyTracking} of rxjava3-extensions: every operator records where it was assembled. */
    ASSEMBLY_TRACKING("RxJavaAssemblyTracking (rxjava3-extensions): an assembly trace per operator"),
    /**
     * Virtual threads: the scenario's subtasks forked in a {@code StructuredTaskScope}, whose
     * {@code join} rethrows the first failure in the caller's thread.
     */
    STRUCTURED_TASK_SCOPE("StructuredTaskScope: join() rethrows the failure in the caller's thread");

    private final String description;
    private final boolean ownJvm;
    private final List<String> jvmOptions;

    DebugAid(String description) {
        this(description, false, List.of());
    }

    DebugAid(String description, boolean ownJvm, List<String> jvmOptions) {
        this.description = description;
        this.ownJvm = ownJvm;
        this.jvmOptions = jvmOptions;
    }

    /** What the aid is, for a reader. */
    public String description() {
        return description;
    }

    /** Whether the aid changes its JVM for good, so that it runs in a child JVM of its own. */
    public boolean ownJvm() {
        return ownJvm;
    }

    /** The options that child JVM is started with. */
    public List<String> jvmOptions() {
        return jvmOptions;
    }

    /**
     * Why this build cannot run the aid, if it cannot. {@code StructuredTaskScope} is a preview API
     * in JDK 25 (JEP 505): only the virtual-threads module's tests are compiled and run with
     * {@code --enable-preview}, so the scope is probed there ({@code StructuredTaskScopeStackTracesTest}),
     * not by the benchmarks' or the command's classes, which run on a plain JDK.
     */
    public Optional<String> refusal() {
        return this == STRUCTURED_TASK_SCOPE
                ? Optional.of("StructuredTaskScope is a preview API in JDK 25: only the virtual-threads module's tests "
                        + "are compiled with --enable-preview, and they probe it (StructuredTaskScopeStackTracesTest)")
                : Optional.empty();
    }

    /**
     * Accepts this aid if this build can run it.
     *
     * @throws IllegalArgumentException with the {@linkplain #refusal reason} otherwise
     */
    public DebugAid checkRunnable() {
        refusal().ifPresent(reason -> {
            throw new IllegalArgumentException(label() + ": " + reason);
        });
        return this;
    }

    /**
     * The aid labelled {@code label}.
     *
     * @throws IllegalArgumentException naming the label and the known ones
     */
    public static DebugAid of(String label) {
        return Labelled.byLabel(values(), label, "debug aid");
    }

    @Override
    public String toString() {
        return label();
    }
}
