package dev.vtvsreactive.report;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** JMH's time-per-operation units ({@code ms/op}, {@code us/op}, ...), to put an ideal {@link Duration} in them. */
final class TimeUnits {

    /** Nanoseconds per unit, keyed by the labels JMH prints (its {@code TimeValue} short names). */
    private static final Map<String, Double> NANOS = Map.of(
            "ns", 1.0,
            "us", 1e3,
            "ms", 1e6,
            "s", 1e9,
            "min", 60e9,
            "hr", 3_600e9,
            "day", 86_400e9);

    private static final String PER_OPERATION = "/op";

    private TimeUnits() {
    }

    /** {@code duration} in {@code unit} (e.g. 30 for 30 ms in {@code ms/op}); empty when {@code unit} is not a time per operation. */
    static Optional<Double> inUnit(Duration duration, String unit) {
        return timeUnit(unit).map(nanos -> duration.toNanos() / nanos);
    }

    private static Optional<Double> timeUnit(String unit) {
        if (!unit.endsWith(PER_OPERATION)) {
            return Optional.empty();
        }
        return Optional.ofNullable(NANOS.get(unit.substring(0, unit.length() - PER_OPERATION.length())));
    }
}
