package dev.vtvsreactive.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One model's result in one scenario, beside what it would be if the model cost nothing.
 *
 * @param model the benchmark's {@code model} parameter
 * @param time the measured score (JMH's primary metric)
 * @param allocation bytes allocated per operation, when the run used {@code -prof gc}
 * @param cpuTime the fork's CPU time per operation (every thread) in ns/op, when the run used the {@code CpuTimeProfiler}
 * @param ideal the ideal in {@code time}'s unit; empty when the benchmark has none or its unit is not a time per operation
 * @param python the interpreter, for a row of the asyncio baseline; empty for a Java model's
 * @param operationsPerIteration how many operations one measured iteration held, about: its time over the score
 * @param stillFalling how much slower than its last iterations a fork's first ones were, where every fork's scores
 *                     fell that way: a warm-up too short (see {@link #stillFalling(List)})
 */
record Row(String model, Metric time, Optional<Metric> allocation, Optional<Metric> cpuTime, OptionalDouble ideal,
           Optional<Python> python, OptionalDouble operationsPerIteration, OptionalDouble stillFalling) {

    /** The fewest operations per iteration for an iteration's score, and so the interval, to mean something. */
    static final int MIN_OPERATIONS_PER_ITERATION = 20;
    /** How much slower than the last third of a fork's iterations the first third may be before the scores count as still falling. */
    static final double FALLING = 0.10;

    /** {@code record}'s row as {@code model}, against {@code ideal} in its score's unit. */
    static Row of(String model, JmhRecord record, OptionalDouble ideal) {
        Optional<Python> python = record.asyncio()
                ? Optional.of(new Python(record.settings().vmName(), record.settings().jdkVersion()))
                : Optional.empty();
        return new Row(model, record.primary(), record.allocation(), record.cpuTime(), ideal, python,
                TimeUnits.operationsPerIteration(record.settings().measurementTime(), record.primary()),
                stillFalling(record.iterations()));
    }

    /**
     * The mean share by which the first third of each fork's measured iterations was slower than its
     * last third, when in every fork of at least three iterations it was slower by more than
     * {@value #FALLING}: the scores were still falling as measurement went on, so the warm-up was too
     * short. Empty otherwise: flat, or rising and falling (which the interval shows).
     */
    static OptionalDouble stillFalling(List<List<Double>> forks) {
        if (forks.isEmpty() || forks.stream().anyMatch(fork -> fork.size() < 3)) {
            return OptionalDouble.empty();
        }
        double[] falls = forks.stream().mapToDouble(fork -> {
            int third = fork.size() / 3;
            return mean(fork.subList(0, third)) / mean(fork.subList(fork.size() - third, fork.size())) - 1;
        }).toArray();
        return Arrays.stream(falls).allMatch(fall -> fall > FALLING) ? Arrays.stream(falls).average() : OptionalDouble.empty();
    }

    private static double mean(List<Double> scores) {
        return scores.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    }

    /**
     * The interpreter that ran an asyncio row.
     *
     * @param implementation e.g. {@code CPython}
     * @param version e.g. {@code 3.11.7}
     */
    record Python(String implementation, String version) {

        /** {@code CPython 3.11.7}. */
        String name() {
            return implementation + " " + version;
        }
    }

    /** The model's name as the report shows it: an asyncio row names its interpreter, {@code asyncio (CPython)}. */
    String label() {
        return python.map(interpreter -> Models.label(model) + " (" + interpreter.implementation() + ")")
                .orElseGet(() -> Models.label(model));
    }

    /** The label with the interpreter's version, for sentences: {@code asyncio (CPython 3.11.7)}. */
    String fullLabel() {
        return python.map(interpreter -> Models.label(model) + " (" + interpreter.name() + ")").orElseGet(this::label);
    }

    /** Whether this is the asyncio baseline's row, never a Java model's result. */
    boolean asyncio() {
        return python.isPresent();
    }

    /** Whether this is a labelled variant of a model rather than the model itself. */
    boolean variant() {
        return Models.isVariant(model);
    }

    /** Measured − ideal, in {@code time}'s unit; JMH's error applies to it unchanged (the ideal is exact). */
    OptionalDouble overhead() {
        return ideal.isPresent() ? OptionalDouble.of(time.score() - ideal.getAsDouble()) : OptionalDouble.empty();
    }

    /** The overhead with the time's error and unit (the ideal is exact); empty without an ideal. */
    Optional<Metric> overheadMetric() {
        return ideal.isPresent() ? Optional.of(new Metric(overhead().getAsDouble(), time.error(), time.unit())) : Optional.empty();
    }

    /** The overhead as a share of the ideal; empty without an ideal or with an ideal of zero. */
    OptionalDouble overheadShare() {
        return ideal.isPresent() && ideal.getAsDouble() > 0
                ? OptionalDouble.of(overhead().getAsDouble() / ideal.getAsDouble())
                : OptionalDouble.empty();
    }

    /** The allocation per operation, unless its interval is wider than it: then this run could not measure it. */
    Optional<Metric> measurableAllocation() {
        return allocation.filter(bytes -> !bytes.widerThanScore());
    }

    /**
     * What a reader must know before trusting the numbers: too few operations per iteration, scores
     * still falling, no error bar, an interval wider than the time or the CPU time, a noisy time, a time below the ideal.
     */
    List<String> flags() {
        List<String> flags = new ArrayList<>();
        operationsPerIteration.stream().filter(operations -> operations < MIN_OPERATIONS_PER_ITERATION)
                .forEach(operations -> flags.add("about " + Numbers.fixed(operations, operations < 10 ? 1 : 0)
                        + " operations per iteration (fewer than " + MIN_OPERATIONS_PER_ITERATION + ")"));
        stillFalling.ifPresent(fall -> flags.add("scores still falling (the first third of the iterations " + Numbers.percent(fall)
                + " above the last): warm-up too short"));
        if (!time.hasErrorBar()) {
            flags.add("no error bar (fewer than 3 iterations)");
        } else if (time.widerThanScore()) {
            flags.add(widerThanScore("time", time) + ": too few operations per iteration, or a noisy machine");
        } else if (time.noisy()) {
            flags.add("noisy: error " + Numbers.percent(time.relativeError()) + " of score");
        }
        cpuTime.filter(Metric::widerThanScore).ifPresent(cpu -> flags.add(widerThanScore("CPU-time", cpu)
                + ": the JIT's and the GC's share of an iteration varies, or the machine is noisy"));
        if (ideal.isPresent() && time.score() < ideal.getAsDouble()) {
            flags.add("below ideal: check the benchmark");
        }
        return List.copyOf(flags);
    }

    /** {@code time interval wider than the score (error 182.36% of it)}. */
    private static String widerThanScore(String what, Metric metric) {
        return what + " interval wider than the score (error " + Numbers.percent(metric.relativeError()) + " of it)";
    }
}
