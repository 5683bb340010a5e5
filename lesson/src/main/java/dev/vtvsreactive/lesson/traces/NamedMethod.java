package dev.vtvsreactive.lesson.traces;

import java.util.Arrays;
import java.util.Objects;

/**
 * A method a stack trace may name: where a scenario starts its work, or where its caller calls it.
 * Made from the class itself, so that renaming the method breaks the probe at once rather than
 * making it report, wrongly, that no trace names it.
 *
 * @param className the declaring class's binary name, as stack frames give it
 * @param method    the method's name
 */
public record NamedMethod(String className, String method) {

    public NamedMethod {
        Objects.requireNonNull(className, "class name");
        Objects.requireNonNull(method, "method");
    }

    /**
     * {@code type}'s method {@code method}.
     *
     * @throws IllegalArgumentException if {@code type} declares no method of that name
     */
    public static NamedMethod of(Class<?> type, String method) {
        if (Arrays.stream(type.getDeclaredMethods()).noneMatch(declared -> declared.getName().equals(method))) {
            throw new IllegalArgumentException(type.getName() + " declares no method " + method);
        }
        return new NamedMethod(type.getName(), method);
    }

    /** {@code dev.vtvsreactive.reactor.ReactorFailures.gather}. */
    public String qualified() {
        return className + "." + method;
    }

    /** {@code ReactorFailures.gather}, as a reader says it. */
    public String simple() {
        return className.substring(className.lastIndexOf('.') + 1) + "." + method;
    }

    /** Whether {@code frame} is this method's own. */
    public boolean isFrame(StackTraceElement frame) {
        return frame.getClassName().equals(className) && frame.getMethodName().equals(method);
    }

    /** Whether {@code frame} is a lambda written in this method ({@code lambda$gather$2}), run by someone else. */
    public boolean isLambdaFrame(StackTraceElement frame) {
        return frame.getClassName().equals(className) && frame.getMethodName().startsWith("lambda$" + method + "$");
    }

    /**
     * Whether {@code text} names this method as a frame prints it, {@code dev.….ReactorFailures.gather(}
     * or {@code dev.….ReactorFailures.lambda$gather$2(}: how assembly traces, which are messages,
     * name the code that assembled an operator.
     */
    public boolean isNamedIn(String text) {
        return text.contains(qualified() + "(") || text.contains(className + ".lambda$" + method + "$");
    }

    @Override
    public String toString() {
        return qualified();
    }
}
