package dev.vtvsreactive.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The no-wait gather's cost per task as N grows: each model's time, CPU time and allocation per
 * gather of N tasks, divided by N. With every wait already due, what is left is the model's own
 * machinery: a cost per task that stays flat as N grows is a gather whose state per task is constant;
 * one that falls spreads a fixed cost over more tasks; one that rises grows worse than linearly.
 *
 * @param gathers the no-wait gather's scenarios, N increasing
 */
record PerTask(List<Scenario> gathers) {

    private static final String PER_OPERATION = "/op";
    private static final String PER_TASK = "/task";

    /** What is divided by N. */
    enum Measure {
        TIME("time", "time", true, row -> Optional.of(row.time())),
        CPU_TIME("CPU time", "cpu", true, Row::cpuTime),
        /** Where its interval is wider than itself, not measurable: never drawn nor divided. */
        ALLOCATION("allocation", "allocation", false, Row::measurableAllocation);

        private final String label;
        private final String slug;
        /** Whether its values are times, shown in the unit that reads best; else bytes. */
        private final boolean timed;
        private final Function<Row, Optional<Metric>> perOperation;

        Measure(String label, String slug, boolean timed, Function<Row, Optional<Metric>> perOperation) {
            this.label = label;
            this.slug = slug;
            this.timed = timed;
            this.perOperation = perOperation;
        }

        /** {@code CPU time}. */
        String label() {
            return label;
        }

        /** {@code cpu}: a file-name-safe name. */
        String slug() {
            return slug;
        }
    }

    /** The no-wait gathers among {@code scenarios}, N increasing; empty when the run measured none. */
    static Optional<PerTask> of(List<Scenario> scenarios) {
        List<Scenario> gathers = scenarios.stream()
                .filter(scenario -> scenario.tasks().isPresent())
                .sorted(Comparator.comparingInt(scenario -> scenario.tasks().getAsInt()))
                .toList();
        return gathers.isEmpty() ? Optional.empty() : Optional.of(new PerTask(gathers));
    }

    /** Every N measured, increasing. */
    List<Integer> tasks() {
        return gathers.stream().map(scenario -> scenario.tasks().getAsInt()).toList();
    }

    /**
     * One row of each model measured at some N, for its label and colour, in {@link Models#ORDER}:
     * the Java models, their variants, then asyncio's.
     */
    List<Row> modelRows() {
        Map<String, Row> first = gathers.stream().flatMap(scenario -> scenario.rows().stream())
                .collect(Collectors.toMap(Row::model, row -> row, (earlier, later) -> earlier, LinkedHashMap::new));
        return first.values().stream().sorted(Comparator.comparing(Row::model, Models.ORDER)).toList();
    }

    /** {@code model}'s row at N = {@code tasks}, if it ran there. */
    Optional<Row> row(String model, int tasks) {
        return gathers.stream().filter(scenario -> scenario.tasks().getAsInt() == tasks).findFirst()
                .flatMap(scenario -> scenario.rows().stream().filter(row -> row.model().equals(model)).findFirst());
    }

    /**
     * {@code measure} of {@code model} at N = {@code tasks} divided by N, its interval too, in
     * {@link #unit(Measure)}; empty where it was not measured (or, for an allocation, not measurable).
     */
    Optional<Metric> perTask(Measure measure, String model, int tasks) {
        return row(model, tasks).flatMap(measure.perOperation).map(metric -> perTask(measure, metric, tasks));
    }

    /**
     * The unit of {@code measure}'s per-task values: {@code B/task}, or the time unit in which the
     * least of them reads at least 1, {@code us/task}.
     */
    String unit(Measure measure) {
        if (!measure.timed) {
            return "B" + PER_TASK;
        }
        double leastNanos = gathers.stream()
                .flatMap(scenario -> scenario.rows().stream().flatMap(row -> measure.perOperation.apply(row).stream()
                        .map(metric -> TimeUnits.convert(metric, TimeUnits.NANOS_PER_OPERATION).score() / scenario.tasks().getAsInt())))
                .mapToDouble(Double::doubleValue)
                .min()
                .orElse(0);
        return TimeUnits.readable(leastNanos).replace(PER_OPERATION, PER_TASK);
    }

    /** Whether any row measured {@code measure} at some N. */
    boolean measured(Measure measure) {
        return gathers.stream().flatMap(scenario -> scenario.rows().stream()).anyMatch(row -> measure.perOperation.apply(row).isPresent());
    }

    /** The table's headings: model, N, then each measure the run measured per task, and the flags. */
    List<String> headers() {
        List<String> headers = new ArrayList<>(List.of("Model", "N"));
        shown().forEach(measure -> headers.add(capitalised(measure.label()) + " per task (" + unit(measure) + ", ± 99.9% CI)"));
        headers.add(ScenarioTable.FLAGS);
        return List.copyOf(headers);
    }

    /** One row per model and N, cells as {@link #headers()} names them. */
    List<List<String>> rows() {
        List<List<String>> rows = new ArrayList<>();
        for (Row model : modelRows()) {
            for (int tasks : tasks()) {
                row(model.model(), tasks).ifPresent(row -> {
                    List<String> cells = new ArrayList<>(List.of(model.label(), FanOutResults.count(tasks)));
                    shown().forEach(measure -> cells.add(cell(measure, row, tasks)));
                    cells.add(String.join("; ", row.flags()));
                    rows.add(List.copyOf(cells));
                });
            }
        }
        return List.copyOf(rows);
    }

    /** What the table's measures are. */
    static String reading() {
        return "Each value is a JMH score of the gather of N divided by N, and its 99.9% interval divided by N too: what one"
                + " task cost. An allocation whose interval is wider than itself reads \"" + ScenarioTable.NOT_MEASURABLE
                + "\"; the flags are the gather's, as its scenario shows them.";
    }

    /**
     * How the cost per task changed from the smallest N to the largest, per model: the CPU time where the
     * run measured it, else the time.
     */
    String growth() {
        int smallest = tasks().getFirst();
        int largest = tasks().getLast();
        if (smallest == largest) {
            return "Only N = " + FanOutResults.count(smallest) + " was measured: nothing to compare across N.";
        }
        Measure measure = growthMeasure();
        return modelRows().stream()
                .flatMap(model -> perTask(measure, model.model(), smallest).stream()
                        .flatMap(from -> perTask(measure, model.model(), largest).stream()
                                .map(to -> model.label() + " " + score(from) + " → " + score(to) + " "
                                        + unit(measure) + " (" + Numbers.ratio(to.score() / from.score()) + ")")))
                .collect(Collectors.joining(", ", "From N = " + FanOutResults.count(smallest) + " to N = "
                        + FanOutResults.count(largest) + ", the " + measure.label() + " per task went: ",
                        growthSettled() ? "." : "; some of these intervals are wider than their values: read the orders"
                                + " of magnitude only."));
    }

    /** Whether every figure {@link #growth()} names has an interval narrower than itself: whether the data settle it. */
    boolean growthSettled() {
        Measure measure = growthMeasure();
        return modelRows().stream().flatMap(model -> List.of(tasks().getFirst(), tasks().getLast()).stream()
                        .flatMap(n -> perTask(measure, model.model(), n).stream()))
                .noneMatch(Metric::widerThanScore);
    }

    /** One sentence per model: each measure it has per task, at every N. */
    List<String> findings() {
        return modelRows().stream().map(model -> {
            List<String> measures = new ArrayList<>();
            for (Measure measure : shown()) {
                List<String> values = tasks().stream()
                        .flatMap(n -> row(model.model(), n).flatMap(row -> described(measure, row, n)).stream())
                        .toList();
                if (!values.isEmpty()) {
                    measures.add(measure.label() + " per task " + FanOutResults.names(values));
                }
            }
            return model.label() + ": " + String.join("; ", measures) + ".";
        }).toList();
    }

    /** The table, the growth and the findings in plain text, for the console. */
    String summary() {
        return TextTable.render(headers(), rows()) + reading() + "\n\n" + growth() + "\n"
                + String.join("\n", findings()) + "\n";
    }

    /** The measures the run measured, in {@link Measure} order; the allocation when -prof gc ran, measurable or not. */
    private List<Measure> shown() {
        return Arrays.stream(Measure.values())
                .filter(measure -> measure == Measure.ALLOCATION
                        ? gathers.stream().flatMap(scenario -> scenario.rows().stream()).anyMatch(row -> row.allocation().isPresent())
                        : measured(measure))
                .toList();
    }

    private Measure growthMeasure() {
        return measured(Measure.CPU_TIME) ? Measure.CPU_TIME : Measure.TIME;
    }

    /** A cell of {@code measure}: the value per task with its interval, {@value ScenarioTable#NOT_MEASURABLE} or {@value ScenarioTable#NONE}. */
    private String cell(Measure measure, Row row, int tasks) {
        if (notMeasurable(measure, row)) {
            return ScenarioTable.NOT_MEASURABLE;
        }
        return perTask(measure, row.model(), tasks).map(PerTask::figure).orElse(ScenarioTable.NONE);
    }

    /** {@code 17.1 ± 31.3 us/task at N = 10,000}, {@code not measurable at N = 100}, or empty where {@code row} did not measure it. */
    private Optional<String> described(Measure measure, Row row, int tasks) {
        String at = " at N = " + FanOutResults.count(tasks);
        if (notMeasurable(measure, row)) {
            return Optional.of("not measurable" + at);
        }
        return perTask(measure, row.model(), tasks).map(value -> figure(value) + " " + value.unit() + at);
    }

    /** Whether {@code row} measured an allocation whose interval is wider than itself. */
    private static boolean notMeasurable(Measure measure, Row row) {
        return measure == Measure.ALLOCATION && row.allocation().isPresent() && row.measurableAllocation().isEmpty();
    }

    /** {@code 17.1 ± 31.3}: three significant digits of the value, two of the interval. */
    static String figure(Metric perTask) {
        return Numbers.withError(perTask, Numbers.decimals(perTask, Numbers.CPU_TIME_DECIMALS));
    }

    /** {@code 17.1}: three significant digits of the value alone. */
    private static String score(Metric perTask) {
        return Numbers.fixed(perTask.score(), Numbers.decimals(new Metric(perTask.score(), Double.NaN, perTask.unit()),
                Numbers.CPU_TIME_DECIMALS));
    }

    /** {@code CPU time} as a heading starts: {@code CPU time}, {@code Allocation}. */
    static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private Metric perTask(Measure measure, Metric perOperation, int tasks) {
        String unit = unit(measure);
        Metric inUnit = measure.timed ? TimeUnits.convert(perOperation, unit.replace(PER_TASK, PER_OPERATION)) : perOperation;
        return inUnit.scaled(1.0 / tasks, unit);
    }
}
