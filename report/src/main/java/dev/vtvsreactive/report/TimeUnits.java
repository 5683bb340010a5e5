package dev.vtvsreactive.report;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

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

    /** The unit of the CPU time JMH's secondary metric reports. */
    static final String NANOS_PER_OPERATION = "ns/op";

    private static final String PER_OPERATION = "/op";
    /** The units a time per operation is shown in, smallest first: JMH's own choices for {@code @OutputTimeUnit}. */
    private static final List<String> READABLE = List.of("ns", "us", "ms", "s");

    private TimeUnits() {
    }

    /** {@code duration} in {@code unit} (e.g. 30 for 30 ms in {@code ms/op}); empty when {@code unit} is not a time per operation. */
    static Optional<Double> inUnit(Duration duration, String unit) {
        return timeUnit(unit).map(nanos -> duration.toNanos() / nanos);
    }

    /**
     * The largest of {@code ns/op}, {@code us/op}, {@code ms/op} and {@code s/op} in which {@code nanos}
     * nanoseconds read at least 1 ({@code ns/op} below): 37,563 ns reads 37.6 us/op, not 0.0376 ms/op.
     */
    static String readable(double nanos) {
        String unit = READABLE.getFirst();
        for (String larger : READABLE) {
            if (Math.abs(nanos) >= NANOS.get(larger)) {
                unit = larger;
            }
        }
        return unit + PER_OPERATION;
    }

    /**
     * {@code metric}, a time per operation, in {@code unit}.
     *
     * @throws IllegalArgumentException when either is not a time per operation
     */
    static Metric convert(Metric metric, String unit) {
        double from = timeUnit(metric.unit()).orElseThrow(() -> notTime(metric.unit()));
        double to = timeUnit(unit).orElseThrow(() -> notTime(unit));
        return metric.scaled(from / to, unit);
    }

    /**
     * How many operations of {@code time}, a time per operation, one iteration of {@code iterationTime}
     * held, as JMH writes it ({@code 400 ms}, {@code 3 s}); empty when either is not a time.
     */
    static OptionalDouble operationsPerIteration(String iterationTime, Metric time) {
        String[] amountAndUnit = iterationTime.trim().split("\\s+");
        if (amountAndUnit.length != 2 || !NANOS.containsKey(amountAndUnit[1]) || time.score() <= 0) {
            return OptionalDouble.empty();
        }
        Optional<Double> nanosPerOperation = timeUnit(time.unit()).map(nanos -> nanos * time.score());
        try {
            double iterationNanos = Double.parseDouble(amountAndUnit[0]) * NANOS.get(amountAndUnit[1]);
            return nanosPerOperation.map(nanos -> OptionalDouble.of(iterationNanos / nanos)).orElse(OptionalDouble.empty());
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }

    private static IllegalArgumentException notTime(String unit) {
        return new IllegalArgumentException(unit + " is not a time per operation");
    }

    private static Optional<Double> timeUnit(String unit) {
        if (!unit.endsWith(PER_OPERATION)) {
            return Optional.empty();
        }
        return Optional.ofNullable(NANOS.get(unit.substring(0, unit.length() - PER_OPERATION.length())));
    }
}
