package dev.vtvsreactive.cli;

import java.time.Duration;
import java.util.Locale;

/** Durations as the CLI shows them: milliseconds, to the microsecond in JSON and to a tenth in tables. */
final class Millis {

    private Millis() {
    }

    /** {@code 3001.234} for 3.001234 s. */
    static double of(Duration duration) {
        return Math.round(duration.toNanos() / 1e3) / 1e3;
    }

    /** {@code 3001.2 ms} for 3.001234 s. */
    static String format(Duration duration) {
        return String.format(Locale.ROOT, "%.1f ms", duration.toNanos() / 1e6);
    }
}
