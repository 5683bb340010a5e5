package dev.vtvsreactive.lesson;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Formats values the way Python's {@code print} shows them ({@code repr} inside containers), so
 * that a model's lines are the lesson's lines to the character: {@code ['Result from A']},
 * {@code {'data': 'Some important data'}}.
 */
public final class PyRepr {

    private PyRepr() {
    }

    /** {@code repr(value)} for strings, integers, booleans, null, lists and dicts. */
    public static String repr(Object value) {
        return switch (value) {
            case null -> "None";
            case String s -> string(s);
            case Boolean b -> b ? "True" : "False";
            case Number n -> n.toString();
            case Map<?, ?> map -> map.entrySet().stream()
                    .map(e -> repr(e.getKey()) + ": " + repr(e.getValue()))
                    .collect(Collectors.joining(", ", "{", "}"));
            case Collection<?> list -> list.stream().map(PyRepr::repr).collect(Collectors.joining(", ", "[", "]"));
            default -> throw new IllegalArgumentException("no Python repr for " + value.getClass().getName());
        };
    }

    /** A duration in seconds as Python prints the number that was passed: {@code 3}, {@code 0.5}. */
    public static String seconds(Duration duration) {
        return new BigDecimal(duration.toNanos()).movePointLeft(9).stripTrailingZeros().toPlainString();
    }

    private static String string(String s) {
        char quote = s.contains("'") && !s.contains("\"") ? '"' : '\'';
        StringBuilder out = new StringBuilder().append(quote);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c == quote) {
                        out.append('\\');
                    }
                    out.append(c);
                }
            }
        }
        return out.append(quote).toString();
    }
}
