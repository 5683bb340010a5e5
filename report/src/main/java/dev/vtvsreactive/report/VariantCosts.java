package dev.vtvsreactive.report;

import dev.vtvsreactive.bench.Ideal;
import dev.vtvsreactive.report.view.Table;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;

/**
 * What switching something on costs one gather, from JMH: a benchmark whose one parameter,
 * {@value #VARIANT}, names a model and what is on ({@code reactor/checkpoint}), each variant's time,
 * CPU time and allocation beside its model's {@value #NONE} row, and the difference. These rows are
 * no scenario of their own: every model runs in each, with something else on.
 *
 * @param benchmark the fully qualified benchmark method
 * @param costs every row, per model in {@link Models#ORDER}, its {@value #NONE} row first, the others in JMH's order
 */
record VariantCosts(String benchmark, List<Cost> costs) {

    /** The debug aids' benchmark: a gather of 3 jobs of one 10-µs tick with each model's aid on. */
    static final String DEBUG_AIDS = Ideal.DEBUG_AID;
    /** The context propagations' benchmark: a no-wait gather of 3 with each model's propagation on. */
    static final String CONTEXT_PROPAGATION = Ideal.CONTEXT_PROPAGATION;
    /** The benchmarks read as costs, never as scenarios. */
    static final List<String> BENCHMARKS = List.of(DEBUG_AIDS, CONTEXT_PROPAGATION);
    /** The parameter that names the model and what is on: {@code <model>/<label>}. */
    static final String VARIANT = "variant";
    /** The label of a model with nothing on: every other row's reference. */
    static final String NONE = "none";

    VariantCosts {
        costs = List.copyOf(costs);
    }

    /**
     * One row: a model with {@code label} on.
     *
     * @param model the model
     * @param label what is on, {@value #NONE} for nothing
     * @param row its scores
     */
    record Cost(String model, String label, Row row) {
    }

    /** Whether {@code record} is one of {@link #BENCHMARKS}' rows. */
    static boolean isCost(JmhRecord record) {
        return BENCHMARKS.contains(record.benchmark());
    }

    /**
     * The rows of {@code benchmark} among {@code records}; empty when there are none.
     *
     * @throws IllegalArgumentException when a row has no {@value #VARIANT} of the form {@code <model>/<label>}, a
     *                                  score that is not a time per operation, or a variant measured twice
     */
    static Optional<VariantCosts> of(String benchmark, List<JmhRecord> records) {
        List<Cost> costs = new ArrayList<>();
        for (JmhRecord record : records.stream().filter(record -> record.benchmark().equals(benchmark)).toList()) {
            String variant = record.params().getOrDefault(VARIANT, "");
            int slash = variant.indexOf('/');
            if (slash <= 0 || slash == variant.length() - 1 || record.params().size() != 1) {
                throw new IllegalArgumentException(benchmark + " " + record.params() + " is not one parameter " + VARIANT
                        + " = <model>/<label>");
            }
            if (TimeUnits.inUnit(Duration.ZERO, record.primary().unit()).isEmpty()) {
                throw new IllegalArgumentException(benchmark + " " + variant + " scores in " + record.primary().unit()
                        + ", not a time per operation");
            }
            if (costs.stream().anyMatch(cost -> cost.row().model().equals(variant))) {
                throw new IllegalArgumentException(benchmark + " has two results for " + VARIANT + " " + variant);
            }
            costs.add(new Cost(variant.substring(0, slash), variant.substring(slash + 1), Row.of(variant, record, OptionalDouble.empty())));
        }
        costs.sort(Comparator.comparing(Cost::model, Models.ORDER).thenComparing(cost -> !cost.label().equals(NONE)));
        return costs.isEmpty() ? Optional.empty() : Optional.of(new VariantCosts(benchmark, costs));
    }

    /** {@code model}'s {@value #NONE} row, if it was measured. */
    Optional<Cost> none(String model) {
        return costs.stream().filter(cost -> cost.model().equals(model) && cost.label().equals(NONE)).findFirst();
    }

    /** The unit of every time: the first row's score's. */
    String unit() {
        return costs.getFirst().row().time().unit();
    }

    /** The table's headings, units included. */
    List<String> headers() {
        String unit = unit();
        String per = unit.replace("/op", "");
        return List.of("Model", "On", "Time (" + unit + ", ± 99.9% CI)", "Extra time (" + per + ")",
                "CPU time (" + unit + ", ± 99.9% CI)", "Extra CPU time (" + per + ")", "Allocation (B/op)", "Extra allocation (B)",
                ScenarioTable.FLAGS);
    }

    /** One row per model and variant, cells as {@link #headers()} names them; a {@value #NONE} row's extras are {@value ScenarioTable#NONE}. */
    List<List<String>> rows() {
        int time = decimals(cost -> Optional.of(cost.row().time()), Numbers.TIME_DECIMALS);
        int cpu = decimals(this::cpuTime, Numbers.CPU_TIME_DECIMALS);
        int bytes = decimals(cost -> cost.row().measurableAllocation(), Numbers.BYTES_DECIMALS);
        return costs.stream().map(cost -> {
            Optional<Cost> none = cost.label().equals(NONE) ? Optional.empty() : none(cost.model());
            return List.of(Models.label(cost.model()), cost.label(), Numbers.withError(cost.row().time(), time),
                    extra(none, cost, c -> Optional.of(c.row().time()), time),
                    cpuTime(cost).map(metric -> Numbers.withError(metric, cpu)).orElse(ScenarioTable.NONE),
                    extra(none, cost, this::cpuTime, cpu), ScenarioTable.allocation(cost.row()),
                    extra(none, cost, c -> c.row().measurableAllocation(), bytes), String.join("; ", cost.row().flags()));
        }).toList();
    }

    /** The table as the pages show it: each model in its colour, what is on by name, the measures right-aligned, the flags coloured. */
    Table table() {
        List<List<String>> rows = rows();
        List<Table.Row> styled = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            List<Table.Cell> row = ExperimentTable.row(rows.get(i), costs.get(i).model(), i, "name");
            row.set(row.size() - 1, row.getLast().styled("flag"));
            styled.add(new Table.Row(row));
        }
        return new Table(headers(), styled);
    }

    /**
     * One sentence on {@code what} ({@code Debug aids}): the rows whose time differs from their model's
     * {@value #NONE} row beyond both 99.9% intervals, by how much; those this run cannot tell from it; those
     * without a {@value #NONE} row.
     */
    String finding(String what) {
        int decimals = decimals(cost -> Optional.of(cost.row().time()), Numbers.TIME_DECIMALS);
        String per = " " + unit().replace("/op", "");
        List<String> beyond = new ArrayList<>();
        List<String> within = new ArrayList<>();
        List<String> alone = new ArrayList<>();
        costs.stream().filter(cost -> !cost.label().equals(NONE)).forEach(cost -> {
            String name = Models.label(cost.model()) + " " + cost.label();
            Optional<Metric> none = none(cost.model()).map(reference -> reference.row().time());
            Metric time = cost.row().time();
            if (none.isEmpty()) {
                alone.add(name);
            } else if (Verdict.indistinguishable(none.get(), time)) {
                within.add(name);
            } else {
                beyond.add(name + " " + Numbers.signed(time.score() - none.get().score(), decimals) + per);
            }
        });
        List<String> clauses = new ArrayList<>();
        clauses.add(beyond.isEmpty() ? "no time per gather differs from its model's none beyond the 99.9% intervals"
                : "beyond the 99.9% intervals of its model's none row, " + String.join(", ", beyond) + " per gather");
        if (!within.isEmpty()) {
            clauses.add("not told apart from none (intervals overlap or are missing): " + FanOutResults.names(within));
        }
        if (!alone.isEmpty()) {
            clauses.add("no none row to compare with: " + FanOutResults.names(alone));
        }
        List<String> bytes = costs.stream()
                .filter(cost -> !cost.label().equals(NONE))
                .flatMap(cost -> none(cost.model()).flatMap(reference -> reference.row().allocation())
                        .flatMap(none -> cost.row().allocation()
                                .filter(allocation -> !Verdict.indistinguishable(none, allocation))
                                .map(allocation -> Models.label(cost.model()) + " " + cost.label() + " "
                                        + Numbers.signed(allocation.score() - none.score(), 0) + " B"))
                        .stream())
                .toList();
        if (!bytes.isEmpty()) {
            clauses.add("allocation beyond the intervals: " + String.join(", ", bytes) + " per gather");
        }
        return what + ": " + String.join("; ", clauses) + ".";
    }

    /** What the table's measures are. */
    static String reading() {
        return "JMH's average time of one operation, a gather of 3 tasks with every wait already due, with the model's aid or"
                + " propagation on; CPU time: the fork's, every thread, per operation; allocation: -prof gc's bytes per"
                + " operation. Extra: that row minus the same model's none row, marked \"intervals overlap\" where the two"
                + " 99.9% intervals overlap (this run cannot tell the cost from nothing) and \"no interval\" where one has"
                + " none. Flags as in the scenarios' tables.";
    }

    /** {@code cost}'s CPU time per operation in the scores' unit, when it was measured. */
    private Optional<Metric> cpuTime(Cost cost) {
        return cost.row().cpuTime().map(cpu -> TimeUnits.convert(cpu, unit()));
    }

    /** Decimals that show every row's {@code measure} and its error, at least {@code minimum}. */
    private int decimals(Function<Cost, Optional<Metric>> measure, int minimum) {
        return costs.stream().flatMap(cost -> measure.apply(cost).stream())
                .mapToInt(metric -> Numbers.decimals(metric, minimum)).max().orElse(minimum);
    }

    /**
     * {@code +1.234 (intervals overlap)}: {@code measure} of {@code cost} minus its model's {@code none}
     * row's; {@value ScenarioTable#NONE} for a {@value #NONE} row, or where either was not measured.
     */
    private static String extra(Optional<Cost> none, Cost cost, Function<Cost, Optional<Metric>> measure, int decimals) {
        Optional<Metric> reference = none.flatMap(measure);
        Optional<Metric> value = measure.apply(cost);
        if (reference.isEmpty() || value.isEmpty()) {
            return ScenarioTable.NONE;
        }
        Metric from = reference.get();
        Metric to = value.get();
        String mark = !from.hasErrorBar() || !to.hasErrorBar() ? " (no interval)" : from.overlaps(to) ? " (intervals overlap)" : "";
        return Numbers.signed(to.score() - from.score(), decimals) + mark;
    }
}
