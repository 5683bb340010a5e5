package dev.vtvsreactive.bench.traces;

import dev.vtvsreactive.bench.ConsoleTable;
import dev.vtvsreactive.bench.traces.SideBySide.Column;
import dev.vtvsreactive.bench.traces.StackTracesReport.NotRun;
import dev.vtvsreactive.lesson.traces.FailingScenario;
import dev.vtvsreactive.lesson.traces.Mention;
import dev.vtvsreactive.lesson.traces.ScenarioCaller;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The stack-trace probe's report as text for a terminal: a table of every run (what was caught,
 * the lines and frames of its trace, how it names the scenario's method and the caller's), what
 * was skipped or failed, then per scenario and model the trimmed traces of its aids side by side,
 * none first.
 */
public final class StackTracesConsole {

    /** The width the side-by-side traces are fitted to. */
    public static final int WIDTH = 160;
    private static final int MIN_COLUMN = 38;
    private static final int MAX_COLUMN = 78;
    private static final List<String> HEADERS = List.of(
            "scenario", "model", "aid", "caller waits with", "caught", "lines", "frames", "own", "scenario named",
            "caller named");

    private StackTracesConsole() {
    }

    /** {@code report} as text, ending with a newline. */
    public static String render(StackTracesReport report) {
        List<String> text = new ArrayList<>();
        text.add(String.format(Locale.ROOT, "Stack traces on failure: what each model hands its caller (Java %s, "
                + "the lesson at scale %s)", report.java(), report.scale()));
        text.add("The caller: " + ScenarioCaller.METHOD.simple() + ", a plain method on a virtual thread. Named: frame (the"
                + " method's own), lambda (one written in it), message (in an assembly trace), no (nowhere).");
        for (FailingScenario scenario : FailingScenario.values()) {
            text.add("  " + scenario + ": " + scenario.title());
        }
        text.add("");
        text.addAll(table(report.runs()));
        report.skipped().forEach(notRun -> text.add(describe("skipped", notRun)));
        report.failed().forEach(notRun -> text.add(describe("FAILED", notRun)));
        for (FailingScenario scenario : FailingScenario.values()) {
            for (String model : report.runs().stream().map(StackTraceRun::model).distinct().toList()) {
                List<StackTraceRun> runs = report.runs().stream()
                        .filter(run -> run.model().equals(model) && run.scenario() == scenario)
                        .toList();
                if (!runs.isEmpty()) {
                    text.add("");
                    text.add("── " + scenario + " in " + model + ": " + runs.getFirst().blockingCall() + ", the work started by "
                            + simple(runs.getFirst().scenarioMethod()) + " ──");
                    text.addAll(SideBySide.render(runs.stream()
                            .map(run -> new Column(run.aid() + " (" + run.caught().lines() + " lines)",
                                    TrimmedTrace.of(run.caught())))
                            .toList(), WIDTH, MIN_COLUMN, MAX_COLUMN));
                }
            }
        }
        return String.join("\n", text) + "\n";
    }

    private static List<String> table(List<StackTraceRun> runs) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADERS);
        for (StackTraceRun run : runs) {
            rows.add(List.of(run.scenario().label(), run.model(), run.aid().label(), run.blockingCall(),
                    StackTracesExperiment.simpleName(run.caught().exception()), String.valueOf(run.caught().lines()),
                    String.valueOf(run.caught().frames()), String.valueOf(run.caught().ownFrames()),
                    named(run.caught().scenarioNamed()), named(run.caught().callerNamed())));
        }
        // Lines, frames and own frames are counts.
        return ConsoleTable.lines(rows, column -> column >= 5 && column <= 7);
    }

    private static String named(Mention mention) {
        return mention.named() ? mention.label() : "no";
    }

    private static String describe(String what, NotRun notRun) {
        return what + ": " + notRun.model() + " " + notRun.aid() + ": " + notRun.reason();
    }

    private static String simple(String qualifiedMethod) {
        String type = qualifiedMethod.substring(0, qualifiedMethod.lastIndexOf('.'));
        return StackTracesExperiment.simpleName(type) + qualifiedMethod.substring(type.length());
    }
}
