package dev.vtvsreactive.cli;

import dev.vtvsreactive.lesson.TimeScale;
import dev.vtvsreactive.lesson.http.JsonPlaceholder;
import java.net.URI;
import java.util.function.Supplier;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Option values checked by the lesson's own rules, so that a bad one is a usage error carrying the
 * rule's message rather than a failure halfway through a run.
 */
final class Converters {

    private Converters() {
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

    private static <T> T checked(Supplier<T> make) {
        try {
            return make.get();
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
