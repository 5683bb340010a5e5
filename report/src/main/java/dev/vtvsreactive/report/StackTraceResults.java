package dev.vtvsreactive.report;

import dev.vtvsreactive.bench.traces.StackTraceRun;
import dev.vtvsreactive.bench.traces.StackTracesReport;
import dev.vtvsreactive.bench.traces.TrimmedTrace;
import dev.vtvsreactive.lesson.traces.DebugAid;
import dev.vtvsreactive.lesson.traces.FailingScenario;
import dev.vtvsreactive.lesson.traces.Mention;
import dev.vtvsreactive.lesson.traces.TracedFailure;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.IntSummaryStatistics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What the stack-trace probe found, as the report tells it: per failing scenario every model and
 * debug aid (what the caller caught, the lines and own frames of its trace, whether it names the
 * method that started the work and the caller's), the trimmed trace each model hands its caller
 * with no aid, and the aids not run, with why. A trace that names more, in fewer lines, serves a
 * reader better: the report places the models so.
 *
 * @param report the probe's report, with at least one run
 */
record StackTraceResults(StackTracesReport report) {

    /** The probe's JSON beside JMH's {@code results.json}, where the report looks for it. */
    static final String FILE = "stack-traces.json";
    /** How to run the probe for the report. */
    static final String HOW_TO_RUN = "./compare stack-traces --save <report folder>/" + FILE;
    /** How many lines of a trimmed trace an excerpt shows. */
    static final int EXCERPT_LINES = 12;

    /** Orders the better trace first: the one that names more (the scenario's method, the caller's), then the shorter. */
    static final Comparator<TracedFailure> BETTER_FIRST = Comparator.comparingInt(StackTraceResults::named).reversed()
            .thenComparingInt(TracedFailure::lines);

    StackTraceResults {
        Objects.requireNonNull(report, "report");
        if (report.runs().isEmpty()) {
            throw new IllegalArgumentException("the stack-trace report holds no run");
        }
    }

    /**
     * Reads the JSON of {@link StackTracesReport#toJson()}.
     *
     * @throws IllegalArgumentException naming {@code source} and what is wrong when it is not that
     */
    static StackTraceResults parse(Path source, byte[] json) {
        StackTracesReport report = ExperimentJson.read(source, json, StackTracesReport.SCENARIO, StackTracesReport.class,
                "a stack-trace probe report");
        if (report.runs().isEmpty()) {
            throw new IllegalArgumentException(source + " holds no run of the stack-trace probe");
        }
        return new StackTraceResults(report);
    }

    /** The scenarios that ran, in the probe's order. */
    List<FailingScenario> scenarios() {
        return Arrays.stream(FailingScenario.values())
                .filter(scenario -> report.runs().stream().anyMatch(run -> run.scenario() == scenario))
                .toList();
    }

    /** The models that ran, in the probe's order. */
    List<String> models() {
        return report.runs().stream().map(StackTraceRun::model).distinct().toList();
    }

    /** Every run of {@code scenario}, per model and aid in the probe's order. */
    List<StackTraceRun> runs(FailingScenario scenario) {
        return report.runs().stream().filter(run -> run.scenario() == scenario).toList();
    }

    /** What {@code model} hands its caller in {@code scenario} with no aid, if it ran. */
    Optional<StackTraceRun> unaided(String model, FailingScenario scenario) {
        return runs(scenario).stream().filter(run -> run.model().equals(model) && run.aid() == DebugAid.NONE).findFirst();
    }

    /** What the probe said about its method and its caller. */
    String description() {
        return "Each model runs the lesson's gather with task B failing, and its HTTP example with comments/1 answered 500,"
                + " called by a plain method on a virtual thread; what that caller catches is measured: the lines of its"
                + " printed trace, the frames in the suite's own code, and whether it names the method that started the work"
                + " (the scenario) and the caller's own method: by a frame of the method itself, by a lambda written in it,"
                + " in a message (an aid's assembly trace), or not at all. With each model's debug aids on, then off. Java "
                + report.java() + ", the lesson at scale " + report.scale() + ".";
    }

    /** The table's headings. */
    List<String> headers() {
        return List.of("Model", "Aid", "Exception caught", "Lines", "Own frames", "Scenario named", "Caller named");
    }

    /** One row per run of {@code scenario}, cells as {@link #headers()} names them. */
    List<List<String>> rows(FailingScenario scenario) {
        return runs(scenario).stream().map(run -> List.of(Models.label(run.model()), run.aid().label(),
                simpleName(run.caught().exception()), String.valueOf(run.caught().lines()),
                run.caught().ownFrames() + " of " + run.caught().frames(), mention(run.caught().scenarioNamed()),
                mention(run.caught().callerNamed()))).toList();
    }

    /** What the table's measures are. */
    static String reading() {
        return "Lines: the printed trace, as a log shows it. Own frames: of every frame in the exception, its causes and what"
                + " they suppress, those of the suite's code. Named: frame (the method's own), lambda (one written in it),"
                + " message (an assembly trace names it), no (nowhere).";
    }

    /**
     * One finding per scenario: what each model's trace names with no aid, and in how many lines;
     * then which aids name the scenario where their model alone does not.
     */
    List<String> findings() {
        return scenarios().stream().map(this::finding).toList();
    }

    private String finding(FailingScenario scenario) {
        Map<String, List<StackTraceRun>> byNames = runs(scenario).stream().filter(run -> run.aid() == DebugAid.NONE)
                .sorted(Comparator.comparing(StackTraceRun::caught, BETTER_FIRST))
                .collect(Collectors.groupingBy(run -> names(run.caught()), LinkedHashMap::new, Collectors.toList()));
        String unaided = byNames.entrySet().stream()
                .map(names -> names.getKey() + ": " + names.getValue().stream()
                        .map(run -> Models.label(run.model()) + " (" + run.caught().lines() + " lines)")
                        .collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; "));
        List<String> aidsNaming = runs(scenario).stream()
                .filter(run -> run.aid() != DebugAid.NONE && run.caught().scenarioNamed().named()
                        && unaided(run.model(), scenario).filter(none -> !none.caught().scenarioNamed().named()).isPresent())
                .map(run -> Models.label(run.model()) + " " + run.aid().label() + " (" + run.caught().scenarioNamed().label()
                        + ", " + run.caught().lines() + " lines)")
                .toList();
        String aids = aidsNaming.isEmpty() ? "no aid names the scenario where its model alone does not"
                : "the scenario named by an aid where its model alone does not: " + String.join(", ", aidsNaming);
        return "With no aid (" + scenario.title() + "), the trace " + unaided + "; " + aids + ".";
    }

    /**
     * What each scenario's trace names with no aid, in one clause: {@code gather: the scenario in no
     * model, the caller in reactor and completable-future}.
     */
    String headline() {
        return scenarios().stream().map(scenario -> {
            List<TracedFailure> unaided = runs(scenario).stream().filter(run -> run.aid() == DebugAid.NONE)
                    .map(StackTraceRun::caught).toList();
            Function<Function<TracedFailure, Mention>, String> namedIn = which -> modelNames(runs(scenario).stream()
                    .filter(run -> run.aid() == DebugAid.NONE && which.apply(run.caught()).named()).toList());
            return scenario.label() + ": the scenario in " + namedIn.apply(TracedFailure::scenarioNamed) + ", the caller in "
                    + namedIn.apply(TracedFailure::callerNamed) + " (" + lines(unaided) + " lines)";
        }).collect(Collectors.joining("; "));
    }

    /** {@code reactor and completable-future}, or {@code no model}. */
    private static String modelNames(List<StackTraceRun> runs) {
        return runs.isEmpty() ? "no model" : FanOutResults.names(runs.stream().map(run -> Models.label(run.model())).toList());
    }

    /** {@code 9} or {@code 9–27}. */
    private static String lines(List<TracedFailure> caught) {
        IntSummaryStatistics lines = caught.stream().mapToInt(TracedFailure::lines).summaryStatistics();
        return lines.getMin() == lines.getMax() ? String.valueOf(lines.getMin()) : lines.getMin() + "–" + lines.getMax();
    }

    /** The trimmed trace of {@code run}, its first {@value #EXCERPT_LINES} lines and how many more there were. */
    static String excerpt(StackTraceRun run) {
        List<String> trimmed = TrimmedTrace.of(run.caught());
        List<String> shown = new ArrayList<>(trimmed.subList(0, Math.min(EXCERPT_LINES, trimmed.size())));
        if (trimmed.size() > EXCERPT_LINES) {
            shown.add("… " + (trimmed.size() - EXCERPT_LINES) + " more lines of the trimmed trace");
        }
        return String.join("\n", shown);
    }

    /** An excerpt's heading: {@code reactor, gather, no aid: Mono.block(), 27 lines, names the caller}. */
    static String excerptTitle(StackTraceRun run) {
        return Models.label(run.model()) + ", " + run.scenario().label() + ", no aid: " + run.blockingCall() + ", "
                + run.caught().lines() + " lines, " + names(run.caught());
    }

    /** The aids skipped and failed, each with its reason. */
    List<String> notRun() {
        return Stream.concat(
                report.skipped().stream().map(notRun -> "skipped: " + notRun.model() + " " + notRun.aid() + ": " + notRun.reason()),
                report.failed().stream().map(notRun -> "failed: " + notRun.model() + " " + notRun.aid() + ": " + notRun.reason()))
                .toList();
    }

    /** How many of the scenario's method and the caller's {@code caught} names. */
    static int named(TracedFailure caught) {
        return (caught.scenarioNamed().named() ? 1 : 0) + (caught.callerNamed().named() ? 1 : 0);
    }

    /** {@code names the scenario (lambda) and the caller (frame)}, {@code names the caller (frame)}, {@code names neither}. */
    static String names(TracedFailure caught) {
        List<String> named = new ArrayList<>();
        if (caught.scenarioNamed().named()) {
            named.add("the scenario (" + caught.scenarioNamed().label() + ")");
        }
        if (caught.callerNamed().named()) {
            named.add("the caller (" + caught.callerNamed().label() + ")");
        }
        return named.isEmpty() ? "names neither" : "names " + String.join(" and ", named);
    }

    private static String mention(Mention mention) {
        return mention.named() ? mention.label() : "no";
    }

    private static String simpleName(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }
}
