package dev.vtvsreactive.report;

import dev.vtvsreactive.bench.context.ContextPropagationConsole;
import dev.vtvsreactive.bench.context.ContextPropagationReport;
import dev.vtvsreactive.bench.context.ContextPropagationReport.PropagationRun;
import dev.vtvsreactive.lesson.context.LineKind;
import dev.vtvsreactive.lesson.context.Propagation;
import dev.vtvsreactive.lesson.context.Request;
import dev.vtvsreactive.lesson.context.RequestIdCheck;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What the context-propagation probe found, as the report tells it: per model and propagation,
 * for each kind of log line of the concurrent requests, whether every line carried its own
 * request's id or how many did not; and per model the propagations that reach every line.
 *
 * @param report the probe's report, with at least one run
 */
record ContextPropagationResults(ContextPropagationReport report) {

    /** The probe's JSON beside JMH's {@code results.json}, where the report looks for it. */
    static final String FILE = "context-propagation.json";
    /** How to run the probe for the report. */
    static final String HOW_TO_RUN = "./compare context-propagation --save <report folder>/" + FILE;

    ContextPropagationResults {
        Objects.requireNonNull(report, "report");
        if (report.runs().isEmpty()) {
            throw new IllegalArgumentException("the context-propagation report holds no run");
        }
    }

    /**
     * Reads the JSON of {@link ContextPropagationReport#toJson()}.
     *
     * @throws IllegalArgumentException naming {@code source} and what is wrong when it is not that
     */
    static ContextPropagationResults parse(Path source, byte[] json) {
        ContextPropagationReport report = ExperimentJson.read(source, json, ContextPropagationReport.SCENARIO,
                ContextPropagationReport.class, "a context-propagation probe report");
        if (report.runs().isEmpty()) {
            throw new IllegalArgumentException(source + " holds no run of the context-propagation probe");
        }
        return new ContextPropagationResults(report);
    }

    /** What the probe did, with this run's requests. */
    String description() {
        return FanOutResults.count(report.requests()) + " requests at once, each on a virtual thread with its id in the SLF4J"
                + " MDC (every " + Request.UNIDENTIFIED_EVERY + "th with none, so that an id left on a reused thread shows), each running the lesson's gather and then its HTTP example; then every log line is"
                + " read back for its id. Per model, with each way it has to carry the id, and with none. Java " + report.java()
                + ", the lesson at scale " + report.scale() + ".";
    }

    /** The models that ran, in the probe's order. */
    List<String> models() {
        return report.runs().stream().map(PropagationRun::model).distinct().toList();
    }

    /** The table's headings: model, propagation, a column per kind of line, wrong ids. */
    List<String> headers() {
        return Stream.of(Stream.of("Model", "Propagation"), Arrays.stream(LineKind.values()).map(LineKind::label),
                Stream.of("Wrong id")).flatMap(headings -> headings).toList();
    }

    /** One row per model and propagation, cells as {@link #headers()} names them. */
    List<List<String>> rows() {
        return report.runs().stream().map(run -> {
            List<String> cells = new ArrayList<>(List.of(Models.label(run.model()), run.propagation().label()));
            run.lines().forEach(check -> cells.add(ContextPropagationConsole.cell(check)));
            cells.add(FanOutResults.count(run.wrong()));
            return List.copyOf(cells);
        }).toList();
    }

    /** What the table's cells say, and what each propagation is. */
    String reading() {
        return "A cell is \"all\" when every line of its kind carried its own request's id, else how many missed it (or how"
                + " many of those due were logged); wrong: lines with an id not their own request's. "
                + report.runs().stream().map(run -> run.propagation().label() + ": " + run.description()).distinct()
                        .collect(Collectors.joining("; ")) + ".";
    }

    /** One finding per model: the propagations that reach every line, and what each other one leaves without the id. */
    List<String> findings() {
        return models().stream().map(this::finding).toList();
    }

    private String finding(String model) {
        List<PropagationRun> runs = runs(model);
        List<String> clauses = new ArrayList<>();
        List<String> everyLine = runs.stream().filter(PropagationRun::reachesEveryLine).map(run -> run.propagation().label()).toList();
        clauses.add(everyLine.isEmpty() ? "no propagation carries the id to every line"
                : "every line carries its request's id with " + FanOutResults.names(everyLine));
        runs.stream().filter(run -> !run.reachesEveryLine())
                .forEach(run -> clauses.add("with " + run.propagation().label() + ", " + missed(run)));
        runs.stream().filter(run -> run.wrong() > 0)
                .forEach(run -> clauses.add("with " + run.propagation().label() + ", " + FanOutResults.count(run.wrong())
                        + " lines carried another request's id"));
        return Models.label(model) + ": " + String.join("; ", clauses) + ".";
    }

    /**
     * Which models carry the id to every line, and by what, in one clause: {@code the request id reaches
     * every log line in virtual-threads (mdc-copy and scoped-value); in no propagation of rxjava; with none,
     * task-finished and get-answered lines miss it in every model}.
     */
    String headline() {
        List<String> everyLine = new ArrayList<>();
        List<String> never = new ArrayList<>();
        for (String model : models()) {
            List<String> reaching = runs(model).stream().filter(PropagationRun::reachesEveryLine)
                    .map(run -> run.propagation().label()).toList();
            if (reaching.isEmpty()) {
                never.add(Models.label(model));
            } else {
                everyLine.add(Models.label(model) + " (" + FanOutResults.names(reaching) + ")");
            }
        }
        StringBuilder text = new StringBuilder("the request id reaches every log line in ")
                .append(everyLine.isEmpty() ? "no model" : String.join(", ", everyLine));
        if (!never.isEmpty()) {
            text.append("; in no propagation of ").append(FanOutResults.names(never));
        }
        List<LineKind> missed = missedWithoutPropagation();
        if (!missed.isEmpty()) {
            text.append("; with none, ").append(FanOutResults.names(missed.stream().map(LineKind::label).toList()))
                    .append(" lines miss it in every model");
        }
        return text.toString();
    }

    /** {@code model}'s runs, in the probe's order. */
    List<PropagationRun> runs(String model) {
        return report.runs().stream().filter(run -> run.model().equals(model)).toList();
    }

    /** {@code model}'s propagation that leaves the fewest lines without their own id; empty when it did not run. */
    Optional<PropagationRun> best(String model) {
        return runs(model).stream().min(Comparator.comparingInt(ContextPropagationResults::withoutOwnId));
    }

    /** The lines of {@code run} that did not carry their own request's id: missing, wrong or never logged. */
    static int withoutOwnId(PropagationRun run) {
        return run.lines().stream().mapToInt(check -> check.expected() - check.correct()).sum();
    }

    /** {@code get-answered 1,800 missing}, for every kind of line that missed the id; {@code every line} when none did. */
    static String missed(PropagationRun run) {
        List<String> missed = run.lines().stream().filter(check -> !check.allCarried())
                .map(check -> check.kind().label() + " " + ContextPropagationConsole.cell(check)).toList();
        return missed.isEmpty() ? "every line" : String.join(", ", missed);
    }

    /** The kinds of line that miss the id, with no propagation, in every model that ran without one; empty when some model's reach them. */
    List<LineKind> missedWithoutPropagation() {
        List<PropagationRun> none = report.runs().stream().filter(run -> run.propagation() == Propagation.NONE).toList();
        return Arrays.stream(LineKind.values())
                .filter(kind -> !none.isEmpty() && none.stream().allMatch(run -> run.lines().stream()
                        .anyMatch(check -> check.kind() == kind && !check.allCarried())))
                .toList();
    }

    /** The runs that failed, each with its reason. */
    List<String> notRun() {
        return report.failed().stream()
                .map(notRun -> "failed: " + notRun.model() + " " + notRun.propagation() + ": " + notRun.reason())
                .toList();
    }
}
