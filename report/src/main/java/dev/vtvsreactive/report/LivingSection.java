package dev.vtvsreactive.report;

import dev.vtvsreactive.bench.context.ContextPropagationReport.PropagationRun;
import dev.vtvsreactive.bench.dumps.ThreadDumpRun;
import dev.vtvsreactive.bench.traces.StackTraceRun;
import dev.vtvsreactive.lesson.traces.DebugAid;
import dev.vtvsreactive.report.Charts.ChartFiles;
import dev.vtvsreactive.report.view.LivingView;
import dev.vtvsreactive.report.view.Question;
import dev.vtvsreactive.report.view.Question.Captioned;
import dev.vtvsreactive.report.view.Question.Excerpt;
import dev.vtvsreactive.report.view.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The report's section on living with each model, gathered once so that the page, the Markdown and
 * the console say the same: what a failure's stack trace tells, whether a thread dump shows the
 * waiting tasks, whether a request's id reaches its log lines, and what the debug aids and the
 * propagation cost a gather. Each question is answered from its own experiment, or says how to run it.
 *
 * @param results what this run measured of it
 * @param traceLines the chart of the traces' lines; empty without the stack-trace probe
 */
record LivingSection(LivingResults results, Optional<ChartFiles> traceLines) {

    /** The section's heading. */
    static final String TITLE = "Living with each model";
    /** The section's anchor on the page. */
    static final String ANCHOR = "living";

    /** The stack-trace question. */
    static final String TRACES = "What does the stack trace tell me when work fails inside a gather, or a GET?";
    /** The thread-dump question. */
    static final String DUMPS = "Can I see my waiting tasks in a thread dump?";
    /** The context-propagation question. */
    static final String CONTEXT = "Does my request id reach the log line?";
    /** The costs' question. */
    static final String COSTS = "What do the debug aids and the propagation cost?";

    /** What the section is about. */
    static final String DESCRIPTION = "What each model is like when something goes wrong in production: what a failure"
            + " hands its caller, what a thread dump shows of the work waiting, whether the logs still say which request a line"
            + " belongs to, and what the aids that help cost. Measured probes, one run each (no error bars), except the"
            + " costs, which JMH measures.";

    /** What the traces' question says when the probe's JSON is not beside the results. */
    static final String TRACES_NOT_RUN = notRun(StackTraceResults.FILE, StackTraceResults.HOW_TO_RUN);
    /** What the dumps' question says when the experiment's JSON is not beside the results. */
    static final String DUMPS_NOT_RUN = notRun(ThreadDumpResults.FILE, ThreadDumpResults.HOW_TO_RUN);
    /** What the context's question says when the probe's JSON is not beside the results. */
    static final String CONTEXT_NOT_RUN = notRun(ContextPropagationResults.FILE, ContextPropagationResults.HOW_TO_RUN);

    private static String notRun(String file, String howToRun) {
        return "Not run: no " + file + " beside " + Rendering.RESULTS + ". ./mvnw verify runs it after the benchmarks; by hand: " + howToRun
                + ", then render the report again.";
    }

    /** What the costs' question says when {@code benchmark} has no rows in the results. */
    static String notMeasured(String benchmark) {
        return "Not measured: no " + Scenario.name(benchmark) + " rows in " + Rendering.RESULTS + ". "
                + WhichModel.measure(benchmark) + " measures them.";
    }

    /** The section as the pages show it. */
    LivingView view() {
        return new LivingView(ANCHOR, TITLE, DESCRIPTION, List.of(
                results.traces().map(this::traces).orElseGet(() -> Question.notMeasured(TRACES, TRACES_NOT_RUN)),
                results.dumps().map(LivingSection::dumps).orElseGet(() -> Question.notMeasured(DUMPS, DUMPS_NOT_RUN)),
                results.context().map(LivingSection::context).orElseGet(() -> Question.notMeasured(CONTEXT, CONTEXT_NOT_RUN)),
                costs()));
    }

    private Question traces(StackTraceResults traces) {
        List<Captioned> tables = traces.scenarios().stream()
                .map(scenario -> new Captioned(scenario.title(), table(traces.headers(), traces.rows(scenario),
                        traces.runs(scenario).stream().map(StackTraceRun::model).toList(), "name")))
                .toList();
        List<Excerpt> excerpts = traces.models().stream()
                .flatMap(model -> traces.scenarios().stream().flatMap(scenario -> traces.unaided(model, scenario).stream())
                        .limit(1))
                .map(run -> new Excerpt(StackTraceResults.excerptTitle(run), StackTraceResults.excerpt(run)))
                .toList();
        return new Question(TRACES, traces.description(), traces.findings(),
                traceLines.stream().map(chart -> chart.figure("Stack-trace lines per model and debug aid",
                        "Bars: the lines of the trace the caller caught, per model and debug aid (" + DebugAid.NONE.label()
                                + ": the model as it is), one bar per failing scenario.")).toList(),
                StackTraceResults.reading(), tables, excerpts, traces.notRun());
    }

    private static Question dumps(ThreadDumpResults dumps) {
        Table table = table(dumps.headers(), dumps.rows(), dumps.report().runs().stream().map(ThreadDumpRun::model).toList(), "wiring");
        List<Excerpt> excerpts = dumps.report().runs().stream().filter(run -> !run.excerpt().isEmpty())
                .map(run -> new Excerpt(ThreadDumpResults.excerptTitle(run), ThreadDumpResults.excerpt(run)))
                .toList();
        return new Question(DUMPS, dumps.description(), dumps.findings(), List.of(), ThreadDumpResults.reading(),
                List.of(new Captioned("With " + FanOutResults.count(dumps.report().tasks()) + " tasks waiting", table)), excerpts,
                dumps.notRun());
    }

    private static Question context(ContextPropagationResults context) {
        Table table = table(context.headers(), context.rows(),
                context.report().runs().stream().map(PropagationRun::model).toList(), "name");
        return new Question(CONTEXT, context.description(), context.findings(), List.of(), context.reading(),
                List.of(new Captioned("Log lines per kind, of " + FanOutResults.count(context.report().requests())
                        + " concurrent requests", table)), List.of(), context.notRun());
    }

    /** The two JMH tables, each beside its model's none row; what was not measured, and how to measure it. */
    private Question costs() {
        List<Captioned> tables = new ArrayList<>();
        List<String> findings = new ArrayList<>();
        List<String> notMeasured = new ArrayList<>();
        for (Cost each : List.of(
                new Cost("Debug aids", "cost per gather of 3 jobs of one 10-µs tick", VariantCosts.DEBUG_AIDS, results.aidCosts()),
                new Cost("Context propagation", "cost per gather of 3 tasks, no wait", VariantCosts.CONTEXT_PROPAGATION,
                        results.propagationCosts()))) {
            each.costs().ifPresentOrElse(costs -> {
                tables.add(new Captioned(each.what() + ": " + each.per(), costs.table()));
                findings.add(costs.finding(each.what()));
            }, () -> notMeasured.add(each.what() + ": " + notMeasured(each.benchmark())));
        }
        if (tables.isEmpty()) {
            return Question.notMeasured(COSTS, String.join(" ", notMeasured));
        }
        return new Question(COSTS, "JMH, as the scenarios above: per operation a gather of 3 (for the debug aids, the failure"
                + " lesson's jobs, each done after one 10-µs tick, called as the stack-trace probe calls it; for the propagations,"
                + " the lesson's tasks with every wait already due, called from a thread whose MDC holds a request id), in each"
                + " model with its debug aid or its propagation on, beside the same model with nothing on.",
                findings, List.of(), VariantCosts.reading(), tables, List.of(), notMeasured);
    }

    /** One of the costs' tables: what it holds, per what operation, its benchmark, its rows if measured. */
    private record Cost(String what, String per, String benchmark, Optional<VariantCosts> costs) {
    }

    /** {@code rows} with each run's model, first cell, in its chart colour, the second cell in {@code secondStyle}. */
    private static Table table(List<String> headers, List<List<String>> rows, List<String> models, String secondStyle) {
        List<Table.Row> styled = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            styled.add(new Table.Row(ExperimentTable.row(rows.get(i), models.get(i), i, secondStyle)));
        }
        return new Table(headers, styled);
    }

    /** The section in one line, for the overview: each question's answer, or that it was not run. */
    String glance() {
        return Stream.of(
                        results.traces().map(traces -> "Stack traces with no aid name, " + traces.headline() + ".")
                                .orElse("Stack traces: not run."),
                        results.dumps().map(dumps -> "Thread dumps: " + dumps.headline() + ".").orElse("Thread dumps: not run."),
                        results.context().map(context -> "Logs: " + context.headline() + ".").orElse("Logs' request id: not run."))
                .reduce((first, second) -> first + " " + second).orElseThrow();
    }

    /** The section in plain text: each question's findings, what was not run, and how to run it. */
    String console() {
        StringBuilder text = new StringBuilder();
        for (Question question : view().questions()) {
            text.append(question.title()).append('\n');
            if (question.findings().isEmpty()) {
                text.append(question.description()).append('\n');
            }
            question.findings().forEach(finding -> text.append("  ").append(finding).append('\n'));
            question.notRun().forEach(notRun -> text.append("  ").append(notRun).append('\n'));
        }
        return text.toString();
    }
}
