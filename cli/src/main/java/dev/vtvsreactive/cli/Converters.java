package dev.vtvsreactive.cli;

import dev.vtvsreactive.lesson.TimeScale;
import dev.vtvsreactive.lesson.http.JsonPlaceholder;
import java.net.URI;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Option values checked by the lesson's own rules, so that a bad one is a usage error carrying the
 * rule's message rather than a failure halfway through a run.
 */
final class Converters {

    private Converters() {
    }

    /** A count (of tasks, requests, …): a whole number, digits optionally grouped with underscores, {@code 1_000_000}. */
    static final class Count implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            try {
                return Integer.parseInt(value.strip().replace("_", ""));
            } catch (NumberFormatException e) {
                throw new TypeConversionException("not a whole number: '" + value + "'");
            }
        }
    }

    /** {@code --scale}: a {@link TimeScale} factor. */
    static final class Scale implements ITypeConverter<TimeScale> {
        @Override
        public TimeScale convert(String value) {
            double factor;
            try {
                factor = Double.parseDouble(value);
            } catch (NumberFormatException e) {
                throw new TypeConversionException("scale must be a number such as 0.01, was '" + value + "'");
            }
            return checked(() -> new TimeScale(factor));
        }
    }

    /** {@code --base-url}: an absolute http(s) URL, as {@link JsonPlaceholder#baseUrl(String)} requires. */
    static final class BaseUrl implements ITypeConverter<URI> {
        @Override
        public URI convert(String value) {
            return checked(() -> JsonPlaceholder.baseUrl(value));
        }
    }

    /**
     * A length of time: a whole number and a unit, {@code 900s}, {@code 500ms}, {@code 1h}; positive
     * unless the option allows none. A bad one is a usage error naming the value and what the option wants.
     */
    abstract static class Length implements ITypeConverter<Duration> {

        private static final Pattern AMOUNT_AND_UNIT = Pattern.compile("(0|[1-9][0-9]{0,8})(ms|s|m|h)");
        private static final Map<String, ChronoUnit> UNITS =
                Map.of("ms", ChronoUnit.MILLIS, "s", ChronoUnit.SECONDS, "m", ChronoUnit.MINUTES, "h", ChronoUnit.HOURS);

        private final String what;
        private final boolean allowsZero;

        /** @param what the value's name and examples: {@code a timeout is a positive ... such as 900s or 1h} */
        Length(String what, boolean allowsZero) {
            this.what = what;
            this.allowsZero = allowsZero;
        }

        @Override
        public Duration convert(String value) {
            Matcher matcher = AMOUNT_AND_UNIT.matcher(value.strip());
            if (!matcher.matches() || (!allowsZero && matcher.group(1).equals("0"))) {
                throw new TypeConversionException(what + ", was '" + value + "'");
            }
            return Duration.of(Long.parseLong(matcher.group(1)), UNITS.get(matcher.group(2)));
        }
    }

    /** {@code --timeout}: a positive length of time, {@code 900s}, {@code 1h}. */
    static final class Timeout extends Length {
        Timeout() {
            super("a timeout is a positive whole number and a unit (ms, s, m or h), such as 900s or 1h", false);
        }
    }

    /** {@code --duration}: how long a load lasts, a positive length of time. */
    static final class LoadDuration extends Length {
        LoadDuration() {
            super("a duration is a positive whole number and a unit (ms, s, m or h), such as 10s or 500ms", false);
        }
    }

    /** {@code --warmup}: how long a load warms up, none at all included. */
    static final class Warmup extends Length {
        Warmup() {
            super("a warm-up is a whole number and a unit (ms, s, m or h), such as 5s, or 0s for none", true);
        }
    }

    private static <T> T checked(Supplier<T> make) {
        try {
            return make.get();
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
