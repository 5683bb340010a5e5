package dev.vtvsreactive.report;

import dev.vtvsreactive.bench.load.LoadPlan;
import dev.vtvsreactive.bench.load.LoadReport;
import dev.vtvsreactive.bench.load.LoadReport.Ceiling;
import dev.vtvsreactive.bench.load.LoadRun;
import dev.vtvsreactive.report.Ranking.Place;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the open-loop load found, told the same way by {@code ./compare load}, the console summary
 * and the report: per model and offered rate what it achieved, its latency from each GET's due time
 * by percentile, its errors and what the client cost; beside them the stub's own ceiling; and per
 * model the highest rate it sustained, the Java models ranked by it. The asyncio baseline's runs,
 * when there are any, stand beside the Java models', judged against the same plan, never ranked.
 *
 * <p>A measured probe, not a JMH benchmark: one run per model and rate, so no error bars; at the
 * same rate, p99s within {@value SustainedRate#TIE_SHARE} of the lower count as ties.
 *
 * <pre>{@code
 * LoadResults results = new LoadResults(Optional.of(report), Optional.of(asyncio));
 * System.out.print(results.console());
 * }</pre>
 *
 * @param java the Java sweep, when it ran
 * @param asyncio the asyncio baseline's load, when it ran
 */
public record LoadResults(Optional<LoadReport> java, Optional<AsyncioLoad> asyncio) {

    /** The sweep's JSON beside JMH's {@code results.json}, where the report looks for it. */
    public static final String FILE = "load.json";

    /** How to measure it for the report. */
    static final String HOW_TO_RUN = "./compare load --save target/report/" + FILE + " (or ./mvnw verify)";

    /** Why the asyncio baseline's runs alone are not judged. */
    static final String NO_PLAN = AsyncioLoad.FILE + " holds no plan, and without " + FILE
            + " beside it the stub's latency, which bounds a sustained rate's p99, is not known";
    /** What a verdict on the asyncio baseline's runs alone says. */
    private static final String NOT_JUDGED = "not judged: " + NO_PLAN;

    private static final String NONE = ScenarioTable.NONE;

    public LoadResults {
        Objects.requireNonNull(java, "java");
        Objects.requireNonNull(asyncio, "asyncio");
        if (java.isEmpty() && asyncio.isEmpty()) {
            throw new IllegalArgumentException("load results need the Java sweep, the asyncio baseline or both");
        }
    }

    /** The results of the Java sweep {@code report}. */
    public LoadResults(LoadReport report) {
        this(Optional.of(report), Optional.empty());
    }

    /**
     * Reads the JSON of {@link LoadReport#toJson()}.
     *
     * @throws IllegalArgumentException naming {@code source} and what is wrong when it is not that
     */
    public static LoadResults parse(Path source, byte[] json) {
        return new LoadResults(ExperimentJson.read(source, json, LoadReport.SCENARIO, LoadReport.class,
                "a load experiment report"));
    }

    /** These results with the asyncio baseline's load beside them. */
    LoadResults withAsyncio(AsyncioLoad load) {
        return new LoadResults(java, Optional.of(load));
    }

    /** The plan the Java sweep followed: the asyncio baseline's too, which records none. */
    Optional<LoadPlan> plan() {
        return java.map(LoadReport::plan);
    }

    /** The p99 a sustained rate stays within; unknown without the Java sweep's plan. */
    Optional<Double> p99BoundMs() {
        return plan().map(LoadPlan::sustainedP99Ms);
    }

    /** Every model's runs: the Java models' in the sweep's order, then the asyncio baseline's loops'. */
    List<LoadSeries> series() {
        List<LoadSeries> series = new ArrayList<>();
        java.ifPresent(report -> series.addAll(group(report.runs(), model -> model, false)));
        asyncio.ifPresent(load -> series.addAll(group(load.runs(), model -> model + " (" + load.interpreter() + ")", true)));
        return List.copyOf(series);
    }

    private static List<LoadSeries> group(List<LoadRun> runs, Function<String, String> label, boolean baseline) {
        Map<String, List<LoadRun>> byModel = runs.stream()
                .collect(Collectors.groupingBy(LoadRun::model, LinkedHashMap::new, Collectors.toList()));
        return byModel.entrySet().stream()
                .map(model -> new LoadSeries(model.getKey(), label.apply(model.getKey()), baseline, model.getValue()))
                .toList();
    }

    /** The runs of {@code model}, a Java model's or an asyncio loop's, if it ran. */
    Optional<LoadSeries> series(String model) {
        return series().stream().filter(series -> series.model().equals(model)).findFirst();
    }

    /** The highest rate {@code model} sustained, if it ran and the bound is known. */
    Optional<SustainedRate> sustained(String model) {
        return p99BoundMs().flatMap(bound -> series(model).map(series -> series.sustained(bound)));
    }

    /**
     * Why {@code model} sustained no higher rate: {@code at 4,000/s: p99 38.5 ms over the 20.0 ms bound};
     * empty when it sustained the highest it ran, or did not run, or the bound is unknown.
     */
    Optional<String> stoppedAt(String model) {
        return p99BoundMs().flatMap(bound -> series(model).flatMap(series -> series.stoppedAt(series.sustained(bound), bound)));
    }

    /** Every rate offered, on either side, increasing. */
    List<Integer> rates() {
        return series().stream().flatMap(series -> series.runs().stream()).map(LoadRun::rate).distinct().sorted().toList();
    }

    /** The Java models that failed or did not finish, each with its reason as the sweep gave it. */
    List<String> notRun() {
        return java.stream().flatMap(report -> report.failed().stream())
                .map(failure -> "failed: " + failure.model() + ": " + failure.reason())
                .toList();
    }

    /** {@code Plan: …}: the rates, their length, the stub's latency and what sustaining a rate takes. */
    String planLine() {
        return plan()
                .map(plan -> String.format(Locale.ROOT, "Plan: %s; each GET times out after %s ms. Sustained: no GET failed,"
                                + " at least %s of the rate answered, p99 ≤ %s ms (%s× the stub's latency).",
                        plan.describe(), FanOutResults.count(plan.timeoutMs()), Numbers.percent(LoadPlan.SUSTAINED_SHARE),
                        millis(plan.sustainedP99Ms()), Numbers.fixed(LoadPlan.SUSTAINED_P99_FACTOR, 0)))
                .orElse("Plan: not known: " + NO_PLAN + ".");
    }

    /** {@code Client: …}: what ran the Java models and the asyncio baseline. */
    String clientLine() {
        List<String> clients = new ArrayList<>();
        java.ifPresent(report -> clients.add("Java " + report.java() + ", " + report.processors() + " processors, each model in"
                + " a child JVM of its own"));
        asyncio.ifPresent(load -> clients.add("asyncio on " + load.interpreter() + ", " + load.processors() + " processors"));
        return "Client: " + String.join("; ", clients) + ".";
    }

    /** {@code Server: …}: where the stub ran and its own ceiling, or why that was not measured; only with the Java sweep. */
    Optional<String> serverLine() {
        return java.map(report -> {
            Ceiling ceiling = report.ceiling();
            String measured = ceiling.requestsPerSecond() == null
                    ? "its ceiling was not measured: " + ceiling.skipped()
                    : "its ceiling, closed loop: " + Numbers.fixed(ceiling.requestsPerSecond(), 1) + " GETs/s ("
                            + ceiling.command() + ")";
            return "Server: " + report.server() + "; " + measured + ".";
        });
    }

    /** The rates offered at or above the stub's ceiling, where the stub, not the model, sets the limit; empty when none is. */
    Optional<String> ceilingNote() {
        Optional<Double> ceiling = java.map(report -> report.ceiling().requestsPerSecond());
        List<String> above = rates().stream().filter(rate -> ceiling.isPresent() && rate >= ceiling.get())
                .map(rate -> FanOutResults.count(rate) + "/s").toList();
        return above.isEmpty() ? Optional.empty() : Optional.of(FanOutResults.names(above) + (above.size() == 1 ? " is" : " are")
                + " at or above the stub's own ceiling (" + Numbers.fixed(ceiling.orElseThrow(), 1)
                + " GETs/s): there the stub, not the model, sets the limit.");
    }

    /**
     * Each model's verdict, the asyncio baseline's after the Java models', then the rates the stub
     * itself could not serve.
     */
    List<String> verdicts() {
        List<String> verdicts = new ArrayList<>(series().stream().map(this::verdict).toList());
        ceilingNote().ifPresent(verdicts::add);
        return List.copyOf(verdicts);
    }

    /** The verdict in one line, for the report's overview too: the Java models ranked, and where asyncio stands. */
    String headline() {
        StringBuilder text = new StringBuilder(ranking().orElse("No Java model ran."));
        series().stream().filter(LoadSeries::baseline).forEach(series -> text.append(' ').append(series.label()).append(' ')
                .append(p99BoundMs().map(bound -> series.sustained(bound).clause()).orElse(NOT_JUDGED)).append('.'));
        return text.toString();
    }

    /** Whether one Java model alone sustained the most GETs a second. */
    boolean clearLeader() {
        Map<SustainedRate, Place> places = places();
        return places.size() > 1 && places.entrySet().stream()
                .filter(place -> place.getValue().equals(new Place(1, false)) && place.getKey().run().isPresent())
                .count() == 1;
    }

    /** Each Java model's highest sustained rate and its place, in the sweep's order; empty without the Java sweep. */
    private Map<SustainedRate, Place> places() {
        // Without the Java sweep there is no Java model to place, and no bound: it is never read.
        double bound = p99BoundMs().orElse(0.0);
        List<SustainedRate> rates = series().stream().filter(series -> !series.baseline())
                .map(series -> series.sustained(bound)).toList();
        return Ranking.of(rates, SustainedRate.BETTER_FIRST, SustainedRate::tiedWith);
    }

    /**
     * The Java models, more GETs a second sustained first: who leads, who ties, who follows; empty
     * when no Java model ran.
     */
    private Optional<String> ranking() {
        Map<SustainedRate, Place> places = places();
        if (places.isEmpty()) {
            return Optional.empty();
        }
        List<SustainedRate> rates = List.copyOf(places.keySet());
        List<SustainedRate> leaders = rates.stream().filter(rate -> places.get(rate).rank() == 1)
                .sorted(SustainedRate.BETTER_FIRST).toList();
        List<SustainedRate> behind = rates.stream().filter(rate -> places.get(rate).rank() > 1)
                .sorted(SustainedRate.BETTER_FIRST).toList();
        SustainedRate best = leaders.getFirst();
        StringBuilder text = new StringBuilder();
        if (rates.size() == 1) {
            text.append("Only ").append(best.model()).append(" ran: it ").append(best.clause());
        } else if (best.run().isEmpty()) {
            text.append("No Java model sustained any of the rates offered");
        } else if (leaders.size() == 1) {
            text.append("Most GETs/s sustained: ").append(best.model()).append(" (").append(best.text()).append(')');
        } else {
            text.append("Most GETs/s sustained: ").append(FanOutResults.names(leaders.stream().map(SustainedRate::model).toList()))
                    .append(" tie at ").append(FanOutResults.count(best.rate())).append("/s (p99 ")
                    .append(FanOutResults.names(leaders.stream().map(rate -> millis(rate.p99Ms()) + " ms").toList()))
                    .append("; one run each: the same rate with p99 within ").append(SustainedRate.tieShare())
                    .append(" is a tie)");
        }
        if (!behind.isEmpty()) {
            text.append("; then ").append(behind.stream().map(rate -> rate.model() + " (" + rate.text() + ")")
                    .collect(Collectors.joining(", ")));
        }
        return Optional.of(text.append('.').toString());
    }

    /**
     * {@code series}' verdict: the highest rate it sustained and why not the next; a rate below it
     * that it missed; or that it sustained none, and why not the first.
     */
    private String verdict(LoadSeries series) {
        String name = series.label() + (series.baseline() ? ", beside the Java models" : "");
        if (p99BoundMs().isEmpty()) {
            return name + ": " + NOT_JUDGED + ".";
        }
        double bound = p99BoundMs().get();
        SustainedRate sustained = series.sustained(bound);
        StringBuilder text = new StringBuilder(name).append(": ").append(sustained.clause());
        series.stoppedAt(sustained, bound).ifPresentOrElse(why -> text.append("; ").append(why),
                () -> text.append(", the highest rate it ran"));
        series.missedBelow(sustained, bound).forEach(missed -> text.append("; yet not ")
                .append(FanOutResults.count(missed.rate())).append("/s, below it: ").append(LoadSeries.whyNot(missed, bound)));
        return text.append('.').toString();
    }

    /** The table's headings. */
    List<String> headers() {
        return List.of("Model", "Rate (GETs/s)", "Achieved (GETs/s)", "p50 (ms)", "p90 (ms)", "p99 (ms)", "p99.9 (ms)", "Max (ms)",
                "Errors", "CPU (µs/GET)", "Heap (B/GET)", "Peak threads", "Sustained");
    }

    /** One row per model and rate, in {@link #series()}' order, cells as {@link #headers()} names them. */
    List<List<String>> rows() {
        return series().stream().flatMap(series -> series.runs().stream().map(run -> row(series, run))).toList();
    }

    private List<String> row(LoadSeries series, LoadRun run) {
        boolean latency = LoadSeries.answeredAny(run);
        Function<Function<LoadRun.Percentiles, Double>, String> percentile =
                which -> latency ? millis(which.apply(run.latencyMs())) : NONE;
        // Python has no heap to count: load.py writes no bytes per GET.
        Double bytes = run.bytesPerRequest();
        return List.of(series.label(), FanOutResults.count(run.rate()),
                Numbers.fixed(run.achievedPerSecond(), 1) + " (" + Numbers.percent(run.achievedShare()) + ")",
                percentile.apply(LoadRun.Percentiles::p50), percentile.apply(LoadRun.Percentiles::p90),
                percentile.apply(LoadRun.Percentiles::p99), percentile.apply(LoadRun.Percentiles::p999),
                percentile.apply(LoadRun.Percentiles::max), FanOutResults.count(run.errors()),
                Numbers.fixed(run.cpuMicrosPerRequest(), 1), bytes == null ? NONE : Numbers.fixed(bytes, 1),
                FanOutResults.count(run.peakThreads()), p99BoundMs().map(bound -> run.sustained(bound) ? "yes" : "no").orElse("not judged"));
    }

    /** What the table's measures are. */
    String reading() {
        return "Rate: GETs offered a second, each due at its time on a fixed schedule whatever the earlier ones were doing."
                + " Achieved: GETs answered a second, from the first GET's due time to the last one's end, and its share of"
                + " the rate. p50 to max: the latency from each GET's due time to its answer (HdrHistogram at microsecond"
                + " resolution; asyncio: exact nearest rank), so a client falling behind its schedule shows in it instead of"
                + " sending less. Errors: GETs that failed or answered the wrong post. CPU: the client's CPU time, every"
                + " thread, per GET. Heap: the client JVM's allocation per GET (asyncio: " + NONE + ", Python has no heap to"
                + " count). Peak threads: the most threads the client had while the rate ran. Sustained: no error, at least "
                + Numbers.percent(LoadPlan.SUSTAINED_SHARE) + " of the rate answered and p99 within "
                + Numbers.fixed(LoadPlan.SUSTAINED_P99_FACTOR, 0) + "× the stub's latency.";
    }

    /**
     * The plan, client and server, the table, what failed, the verdict and each model's, in plain
     * text: what {@code ./compare load} prints.
     */
    public String console() {
        StringBuilder text = new StringBuilder(planLine()).append('\n').append(clientLine()).append('\n');
        serverLine().ifPresent(line -> text.append(line).append('\n'));
        text.append('\n').append(TextTable.render(headers(), rows())).append(reading()).append("\n\n");
        notRun().forEach(line -> text.append(line).append('\n'));
        text.append(notRun().isEmpty() ? "" : "\n").append("Verdicts\n").append(headline()).append('\n');
        verdicts().forEach(line -> text.append(line).append('\n'));
        return text.toString();
    }

    /** {@code 412.7}. */
    static String millis(double millis) {
        return Numbers.fixed(millis, 1);
    }
}
