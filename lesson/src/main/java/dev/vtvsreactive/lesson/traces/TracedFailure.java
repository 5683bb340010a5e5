package dev.vtvsreactive.lesson.traces;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a caller caught, measured as a reader meets it: how many lines its printed trace takes, how
 * many frames the whole chain holds (the exception, its causes and what each suppresses), how many
 * of them are the suite's own code, and whether and how the trace names the method that started the
 * work and the caller's own method. Lines and frames differ where an aid writes its assembly traces
 * into messages, as Reactor's and RxJava's do.
 *
 * @param exception     the caught exception's class
 * @param message       its message
 * @param lines         the lines of its printed trace
 * @param frames        the stack frames of the whole chain
 * @param ownFrames     those in the suite's own code ({@value #OWN_PACKAGE}…)
 * @param scenarioNamed how the trace names the method that started the scenario's work
 * @param callerNamed   how it names the caller's method
 * @param trace         the trace as {@link Throwable#printStackTrace} prints it, line by line
 */
public record TracedFailure(String exception, String message, int lines, int frames, int ownFrames,
                            Mention scenarioNamed, Mention callerNamed, List<String> trace) {

    /** The suite's own code: the lesson, the models, the probe. */
    public static final String OWN_PACKAGE = "dev.vtvsreactive.";

    public TracedFailure {
        Objects.requireNonNull(exception, "exception");
        Objects.requireNonNull(scenarioNamed, "scenarioNamed");
        Objects.requireNonNull(callerNamed, "callerNamed");
        trace = List.copyOf(trace);
    }

    /** Measures {@code caught}, looking in it for {@code scenario} and {@code caller}. */
    public static TracedFailure of(Throwable caught, NamedMethod scenario, NamedMethod caller) {
        List<Throwable> chain = chain(caught);
        List<StackTraceElement> frames = chain.stream().flatMap(t -> List.of(t.getStackTrace()).stream()).toList();
        List<String> printed = printed(caught);
        return new TracedFailure(caught.getClass().getName(), caught.getMessage(), printed.size(), frames.size(),
                (int) frames.stream().filter(frame -> frame.getClassName().startsWith(OWN_PACKAGE)).count(),
                mention(chain, frames, scenario), mention(chain, frames, caller), printed);
    }

    /** The exception, its causes and what each suppresses, each once. */
    public static List<Throwable> chain(Throwable caught) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Throwable> chain = new ArrayList<>();
        List<Throwable> next = new ArrayList<>(List.of(caught));
        while (!next.isEmpty()) {
            Throwable t = next.removeFirst();
            if (seen.add(t)) {
                chain.add(t);
                if (t.getCause() != null) {
                    next.add(t.getCause());
                }
                next.addAll(List.of(t.getSuppressed()));
            }
        }
        return chain;
    }

    /** The whole trace as one text, as a reader sees it. */
    public String text() {
        return String.join("\n", trace);
    }

    private static Mention mention(List<Throwable> chain, List<StackTraceElement> frames, NamedMethod method) {
        if (frames.stream().anyMatch(method::isFrame)) {
            return Mention.FRAME;
        }
        if (frames.stream().anyMatch(method::isLambdaFrame)) {
            return Mention.LAMBDA;
        }
        return chain.stream().anyMatch(t -> method.isNamedIn(t.toString())) ? Mention.MESSAGE : Mention.NONE;
    }

    private static List<String> printed(Throwable caught) {
        StringWriter text = new StringWriter();
        caught.printStackTrace(new PrintWriter(text));
        return text.toString().lines().toList();
    }
}
