package dev.vtvsreactive.report;

import dev.vtvsreactive.bench.Ideal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One benchmark with one combination of its non-model parameters: the unit every chart, table and
 * verdict of the report is about. Its rows are in {@link Models#ORDER}: the Java models, their
 * variants, then the asyncio baseline's.
 *
 * @param benchmark the fully qualified benchmark method
 * @param mode JMH's short mode label ({@code avgt} for every benchmark of this suite)
 * @param params the non-model parameters, in JMH's order
 * @param unit the unit of every row's score
 * @param ideal the ideal time per operation, when {@link Ideal} knows the benchmark
 * @param rows one per model
 * @param slug a file-name-safe name, unique within the report
 */
record Scenario(
        String benchmark, String mode, Map<String, String> params, String unit, Optional<Duration> ideal,
        List<Row> rows, String slug) {

    /** The {@code @Param} of the no-wait gather: how many tasks it gathers. */
    static final String TASKS = "tasks";

    /** JMH's label of the mode every benchmark of this suite runs in. */
    private static final String AVERAGE_TIME = "avgt";

    /**
     * The benchmarks the report knows, in the lesson's order, the same with nothing to wait for after
     * them; others follow in the order JMH ran them.
     */
    private static final List<String> KNOWN = List.of(Ideal.GREET, Ideal.FETCH_DATA, Ideal.GATHER,
            Ideal.NO_WAIT_GREET, Ideal.NO_WAIT_FETCH_DATA, Ideal.NO_WAIT_GATHER, Ideal.HTTP, Ideal.THROUGHPUT);
    /** The benchmarks that measure the models' machinery alone: every wait already due. */
    private static final Set<String> NO_WAIT = Set.of(Ideal.NO_WAIT_GREET, Ideal.NO_WAIT_FETCH_DATA, Ideal.NO_WAIT_GATHER);

    /**
     * Groups {@code records} into scenarios, known benchmarks first.
     *
     * @throws IllegalArgumentException when a scenario's rows disagree on the unit or name a model twice
     */
    static List<Scenario> of(List<JmhRecord> records) {
        Map<String, List<JmhRecord>> groups = new LinkedHashMap<>();
        records.stream()
                .sorted(Comparator.comparingInt(record -> knownRank(record.benchmark())))
                .forEach(record -> groups.computeIfAbsent(key(record), k -> new ArrayList<>()).add(record));
        Set<String> slugs = new HashSet<>();
        return groups.values().stream().map(group -> of(group, slugs)).toList();
    }

    private static String key(JmhRecord record) {
        return key(record.benchmark(), record.mode(), record.scenarioParams());
    }

    private static String key(String benchmark, String mode, Map<String, String> params) {
        return benchmark + " " + mode + " " + params;
    }

    private static int knownRank(String benchmark) {
        int rank = KNOWN.indexOf(benchmark);
        return rank >= 0 ? rank : KNOWN.size();
    }

    private static Scenario of(List<JmhRecord> group, Set<String> slugs) {
        JmhRecord first = group.getFirst();
        Optional<Duration> ideal = Ideal.of(first.benchmark(), first.params());
        String unit = first.primary().unit();
        OptionalDouble idealInUnit = ideal.flatMap(duration -> TimeUnits.inUnit(duration, unit))
                .map(OptionalDouble::of).orElse(OptionalDouble.empty());
        Set<String> models = new HashSet<>();
        List<Row> rows = new ArrayList<>();
        for (JmhRecord record : group) {
            if (!record.primary().unit().equals(unit)) {
                throw new IllegalArgumentException(key(record) + " mixes units: " + unit + " and " + record.primary().unit());
            }
            if (!models.add(record.model())) {
                throw new IllegalArgumentException(key(record) + " has two results for model " + record.model());
            }
            rows.add(Row.of(record.model(), record, idealInUnit));
        }
        rows.sort(Comparator.comparing(Row::model, Models.ORDER));
        return new Scenario(first.benchmark(), first.mode(), first.scenarioParams(), unit, ideal,
                List.copyOf(rows), uniqueSlug(first, slugs));
    }

    private static String uniqueSlug(JmhRecord record, Set<String> taken) {
        StringBuilder name = new StringBuilder(NO_WAIT.contains(record.benchmark()) ? "no-wait-" : "")
                .append(method(record.benchmark()));
        record.scenarioParams().forEach((param, value) -> name.append('-').append(param).append('-').append(value));
        if (!record.mode().equals(AVERAGE_TIME)) {
            name.append('-').append(record.mode());
        }
        String slug = name.toString().replaceAll("[^A-Za-z0-9.]+", "-");
        String unique = slug;
        for (int n = 2; !taken.add(unique); n++) {
            unique = slug + "-" + n;
        }
        return unique;
    }

    /** {@code greet} of {@code dev.vtvsreactive.bench.GreetBenchmark.greet}. */
    private static String method(String benchmark) {
        return benchmark.substring(benchmark.lastIndexOf('.') + 1);
    }

    /** {@code GreetBenchmark.greet} of {@code dev.vtvsreactive.bench.GreetBenchmark.greet}. */
    private static String classAndMethod(String benchmark) {
        int method = benchmark.lastIndexOf('.');
        return benchmark.substring(benchmark.lastIndexOf('.', method - 1) + 1);
    }

    /**
     * The heading: {@code gather (scale 0.01)}, {@code HTTP throughput (latency 10 ms)},
     * {@code gather of 10,000, no wait}.
     */
    String title() {
        Map<String, String> described = new LinkedHashMap<>(params);
        String name = benchmark.equals(Ideal.NO_WAIT_GATHER)
                ? "gather of " + FanOutResults.count(Long.parseLong(described.remove(TASKS))) + ", no wait"
                : name(benchmark);
        String withParams = described.isEmpty() ? name : name + " (" + describe(described) + ")";
        return mode.equals(AVERAGE_TIME) ? withParams : withParams + " [" + mode + "]";
    }

    /** What the report calls {@code benchmark}, parameters aside: {@code greet}, {@code HTTP throughput}; its class and method when it does not know it. */
    static String name(String benchmark) {
        return switch (benchmark) {
            case Ideal.GREET -> "greet";
            case Ideal.FETCH_DATA -> "fetch_data";
            case Ideal.GATHER -> "gather A/B/C";
            case Ideal.NO_WAIT_GREET -> "greet, no wait";
            case Ideal.NO_WAIT_FETCH_DATA -> "fetch_data, no wait";
            case Ideal.NO_WAIT_GATHER -> "gather of N, no wait";
            case Ideal.HTTP -> "HTTP posts + comments";
            case Ideal.THROUGHPUT -> "HTTP throughput";
            default -> classAndMethod(benchmark);
        };
    }

    /** N, the tasks the no-wait gather gathered; empty for every other benchmark. */
    OptionalInt tasks() {
        return benchmark.equals(Ideal.NO_WAIT_GATHER) ? OptionalInt.of(Integer.parseInt(params.get(TASKS))) : OptionalInt.empty();
    }

    /** What identifies the scenario across two runs: benchmark, mode and non-model parameters. */
    String key() {
        return key(benchmark, mode, params);
    }

    /** Whether a higher score is better: in throughput mode; every other mode measures time. */
    boolean higherIsBetter() {
        return mode.equals("thrpt");
    }

    /** What the scenario does and why its ideal is what it is; empty for a benchmark the report does not know. */
    String description() {
        return switch (benchmark) {
            case Ideal.GREET -> "The lesson's greet: one asyncio.sleep(1), scaled. Ideal: the scaled sleep.";
            case Ideal.FETCH_DATA -> "The lesson's fetch_data: a 2 s simulated I/O wait, scaled. Ideal: the scaled wait.";
            case Ideal.GATHER -> "The lesson's gather: tasks A, B and C (3 s, 1 s, 2 s) run concurrently, scaled."
                    + " Ideal: the longest task, scaled.";
            case Ideal.NO_WAIT_GREET -> "The lesson's greet with nothing to wait for: its one wait is already due, so the"
                    + " coroutine still starts, suspends once and resumes. Ideal: zero; the time is the model's own cost.";
            case Ideal.NO_WAIT_FETCH_DATA -> "The lesson's fetch_data with nothing to wait for: its wait is already due."
                    + " Ideal: zero; the time is the model's own cost of one coroutine and its result.";
            case Ideal.NO_WAIT_GATHER -> "The lesson's gather of N tasks, each suspending once on a wait already due,"
                    + " their results gathered in order. Ideal: zero; divided by N, the cost of one task (see the"
                    + " machinery per task).";
            case Ideal.HTTP -> "GET /posts/1 and /comments/1 concurrently from the local stub, which answers each"
                    + " after the latency. Ideal: one latency.";
            case Ideal.THROUGHPUT -> "%,d requests per operation against the local stub, %d in flight at once."
                    .formatted(Ideal.THROUGHPUT_REQUESTS, Ideal.THROUGHPUT_CONCURRENCY)
                    + " Ideal: the latency × %d rounds.".formatted(Ideal.THROUGHPUT_REQUESTS / Ideal.THROUGHPUT_CONCURRENCY);
            default -> "";
        };
    }

    /** The ideal in the scores' unit; empty when there is none or the unit is not a time per operation. */
    OptionalDouble idealInUnit() {
        return rows.getFirst().ideal();
    }

    /** Decimals that show every row's score and error. */
    int decimals() {
        return rows.stream().mapToInt(row -> Numbers.decimals(row.time(), Numbers.TIME_DECIMALS)).max().orElseThrow();
    }

    /** Whether any row has its CPU time per operation: the run used the {@code CpuTimeProfiler}. */
    boolean hasCpuTime() {
        return rows.stream().anyMatch(row -> row.cpuTime().isPresent());
    }

    /** {@code row}'s CPU time per operation in {@link #cpuUnit()}, when it was measured. */
    Optional<Metric> cpuTime(Row row) {
        return row.cpuTime().map(cpu -> TimeUnits.convert(cpu, cpuUnit()));
    }

    /**
     * The unit every row's CPU time is shown in: the largest in which the least of them reads at
     * least 1, so that a column of microseconds reads {@code 37.6}, not {@code 37563.5} ns or {@code 0.0376} ms.
     */
    String cpuUnit() {
        double leastNanos = rows.stream().flatMap(row -> row.cpuTime().stream())
                .mapToDouble(cpu -> TimeUnits.convert(cpu, TimeUnits.NANOS_PER_OPERATION).score())
                .min().orElse(0);
        return TimeUnits.readable(leastNanos);
    }

    /** Decimals that show every row's CPU time and its error in {@link #cpuUnit()}. */
    int cpuDecimals() {
        return rows.stream().flatMap(row -> cpuTime(row).stream())
                .mapToInt(cpu -> Numbers.decimals(cpu, Numbers.CPU_TIME_DECIMALS)).max().orElse(Numbers.CPU_TIME_DECIMALS);
    }

    private static String describe(Map<String, String> params) {
        return params.entrySet().stream()
                .map(param -> switch (param.getKey()) {
                    case "scale" -> "scale " + param.getValue();
                    case "latencyMs" -> "latency " + param.getValue() + " ms";
                    default -> param.getKey() + " = " + param.getValue();
                })
                .collect(Collectors.joining(", "));
    }
}
