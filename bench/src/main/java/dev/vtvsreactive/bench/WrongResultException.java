package dev.vtvsreactive.bench;

import java.util.List;
import java.util.Objects;

/**
 * A benchmark operation did not produce the lesson's answer. The suite throws it from inside the
 * measured operation, so JMH (run with {@code -foe true}) fails the run: a fast wrong answer must
 * never reach a report.
 */
public final class WrongResultException extends IllegalStateException {

    WrongResultException(String message) {
        super(message);
    }

    /**
     * Returns {@code actual} if it equals {@code expected}.
     *
     * @param operation what produced {@code actual}, e.g. {@code "gather on reactor"}
     * @throws WrongResultException naming the operation and, for lists, the first difference
     */
    static <T> T requireEqual(String operation, T expected, T actual) {
        if (!Objects.equals(expected, actual)) {
            throw new WrongResultException(operation + ": " + difference(expected, actual));
        }
        return actual;
    }

    private static String difference(Object expected, Object actual) {
        // Lists here run to a thousand posts: name the first difference, not both lists.
        if (expected instanceof List<?> want && actual instanceof List<?> got) {
            for (int i = 0; i < Math.min(want.size(), got.size()); i++) {
                if (!Objects.equals(want.get(i), got.get(i))) {
                    return "at index " + i + " expected " + want.get(i) + " but got " + got.get(i);
                }
            }
            return "expected " + want.size() + " elements but got " + got.size();
        }
        return "expected " + expected + " but got " + actual;
    }
}
