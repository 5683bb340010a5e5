package dev.vtvsreactive.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The "Living with each model" section: the probes' files found beside results.json, the debug aids' and propagations'
 * JMH rows read as costs and not as scenarios, told on the page, in the Markdown and on the console.
 */
class LivingSectionTest {

    @TempDir
    Path dir;

    private Path results;

    @BeforeEach
    void copyResults() throws IOException {
        results = Fixtures.copy(Fixtures.LIVING_RESULTS, Files.createDirectories(dir.resolve("run")), Rendering.RESULTS);
    }

    @Test
    void answersEveryQuestionFromItsFileAndRowsOnThePageInTheMarkdownAndOnTheConsole() throws IOException {
        Path traces = Fixtures.copy(Fixtures.STACK_TRACES, results.getParent(), StackTraceResults.FILE);
        Fixtures.copy(Fixtures.THREAD_DUMPS, results.getParent(), ThreadDumpResults.FILE);
        Fixtures.copy(Fixtures.CONTEXT_PROPAGATION, results.getParent(), ContextPropagationResults.FILE);
        BenchmarkReport report = BenchmarkReport.read(results);

        Path page = report.write(dir.resolve("report"), Optional.empty());

        String html = Files.readString(page);
        String section = html.substring(html.indexOf("<section class=\"card\" id=\"living\">"));
        section = section.substring(0, section.indexOf("</section>"));
        assertThat(section).contains("<h2>Living with each model</h2>", Fixtures.escaped(LivingSection.TRACES),
                Fixtures.escaped(LivingSection.DUMPS), LivingSection.CONTEXT, LivingSection.COSTS,
                // the stack traces: a table per scenario, the chart, an excerpt per model with no aid, the aid skipped
                "<h4>gather of jobs A, B, C, B failing</h4>", "<h4>GET posts/1 and comments/1, comments/1 answered 500</h4>",
                "<td class=\"num\">JobFailedException</td><td class=\"num\">147</td><td class=\"num\">2 of 22</td>"
                        + "<td class=\"num\">message</td><td class=\"num\">message</td>",
                "href=\"charts/stack-trace-lines.svg\"",
                "<h4>reactor, gather, no aid: Mono.block(), 27 lines, names the caller (frame)</h4>",
                "<pre class=\"excerpt\">JobFailedException: Job B failed\n  Job.finish:123\n  ReactorFailures.lambda$job$2:42",
                "skipped: virtual-threads structured-task-scope: StructuredTaskScope is a preview API",
                // the thread dumps
                "<td class=\"num\">10,000 of 10,000</td>", "<td class=\"num\">0 of 10,000</td>",
                "reactor: none can be found: tasks are not threads (8 threads in the dump for 10,000 waiting tasks",
                Fixtures.escaped("#25 \"\" virtual TIMED_WAITING, in java.util.concurrent.ThreadPerTaskExecutor@670002: a task's wait"),
                // the request id
                "<td class=\"name\">schedule-handler</td><td class=\"num\">all</td><td class=\"num\">all</td>"
                        + "<td class=\"num\">1,800 missing</td><td class=\"num\">0</td>",
                "rxjava: no propagation carries the id to every line; with none, task-finished 2,700 missing, get-answered"
                        + " 1,800 missing; with schedule-handler, get-answered 1,800 missing.",
                // the costs, each beside its model's none row
                "<td class=\"name\">on-operator-debug</td><td class=\"num\">45.000 ± 2.000</td><td class=\"num\">+35.000</td>",
                "<td class=\"name\">scoped-value</td><td class=\"num\">6.500 ± 0.300</td><td class=\"num\">+0.500 (intervals overlap)</td>",
                "<td class=\"flag\">noisy: error 15.00% of score</td>");
        assertThat(html).contains("<a href=\"#living\">Living with each model</a></td><td>Stack traces with no aid name, gather:",
                "<a href=\"stack-traces.json\">stack-traces.json</a> (the stack-trace probe)",
                "<a href=\"thread-dumps.json\">thread-dumps.json</a> (the thread dumps)",
                "<a href=\"context-propagation.json\">context-propagation.json</a> (the context-propagation probe)");
        assertThat(html).as("the costs' rows are no scenario of their own").doesNotContain("id=\"scenario-gather-variant");
        assertThat(report.summary()).doesNotContain("DebugAidBenchmark");
        assertThat(dir.resolve("report/" + StackTraceResults.FILE)).hasSameBinaryContentAs(traces);
        assertThat(Files.readAllBytes(dir.resolve("report/charts/stack-trace-lines.png"))).startsWith(0x89, 'P', 'N', 'G');
        assertThat(dir.resolve("report/charts/stack-trace-lines.svg")).content()
                .contains("rxjava / assembly-tracking, gather: 147 lines");
        assertThat(dir.resolve("report/report.md")).content().contains("## Living with each model\n\nWhat each model is like",
                "### Does my request id reach the log line?\n\n1,000 requests at once",
                "| reactor | checkpoint | 10.300 ± 0.500 | +0.300 (intervals overlap) | 11.30 ± 0.90 | +0.30 (intervals overlap)"
                        + " | 2,200.0 ± 5.0 | +200.0 |   |",
                "**virtual-threads, gather, no aid: a plain call, 9 lines, names neither**\n\n```\nJobFailedException: Job B"
                        + " failed\n  Job.finish:123\n", "![Stack-trace lines per model and debug aid](charts/stack-trace-lines.png)");
        assertThat(report.summary()).contains("\nLiving with each model\nWhat does the stack trace tell me",
                "\n  Debug aids: beyond the 99.9% intervals of its model's none row, reactor on-operator-debug +35.000 us,"
                        + " reactor reactor-debug-agent +2.500 us, rxjava assembly-tracking +52.000 us per gather; not told apart"
                        + " from none (intervals overlap or are missing): reactor checkpoint; allocation beyond the intervals:"
                        + " reactor checkpoint +200 B, reactor on-operator-debug +7,800 B, reactor reactor-debug-agent +600 B,"
                        + " rxjava assembly-tracking +10,500 B per gather.\n");
    }

    @Test
    void saysEachQuestionWasNotRunAndHowWhenItsFileOrRowsAreMissing() throws IOException {
        Path scenariosOnly = Fixtures.copy(Fixtures.NO_WAIT, results.getParent(), Rendering.RESULTS);
        BenchmarkReport report = BenchmarkReport.read(scenariosOnly);

        Path page = report.write(dir.resolve("report"), Optional.empty());

        String notRun = "Not run: no stack-traces.json beside results.json. ./mvnw verify runs it after the benchmarks; by hand:"
                + " ./compare stack-traces --save <report"
                + " folder>/stack-traces.json, then render the report again.";
        String notMeasured = "Not measured: no DebugAidBenchmark.gather rows in results.json. ./mvnw verify"
                + " -Dbench.include=bench.DebugAidBenchmark.gather -Dbench.exclude=^$ measures them.";
        assertThat(LivingSection.TRACES_NOT_RUN).isEqualTo(notRun);
        assertThat(LivingSection.notMeasured(VariantCosts.DEBUG_AIDS)).isEqualTo(notMeasured);
        String html = Files.readString(page);
        assertThat(html).contains(Fixtures.escaped(notRun), Fixtures.escaped(LivingSection.DUMPS_NOT_RUN),
                Fixtures.escaped(LivingSection.CONTEXT_NOT_RUN), Fixtures.escaped("Debug aids: " + notMeasured),
                "Context propagation: Not measured: no ContextPropagationBenchmark.gather rows",
                "<td>" + Fixtures.escaped("Stack traces: not run. Thread dumps: not run. Logs' request id: not run.") + "</td>");
        assertThat(dir.resolve("report/report.md")).content().contains("### " + LivingSection.TRACES + "\n\n" + notRun);
        assertThat(report.summary()).contains("\nLiving with each model\n" + LivingSection.TRACES + "\n" + notRun + "\n");
        assertThat(dir.resolve("report/charts/stack-trace-lines.svg")).doesNotExist();
    }

    @Test
    void removesTheCopiesAndTheChartOfAnEarlierRunsProbes() throws IOException {
        Path traces = Fixtures.copy(Fixtures.STACK_TRACES, results.getParent(), StackTraceResults.FILE);
        Path dumps = Fixtures.copy(Fixtures.THREAD_DUMPS, results.getParent(), ThreadDumpResults.FILE);
        BenchmarkReport.read(results).write(dir.resolve("report"), Optional.empty());
        Files.delete(traces);
        Files.delete(dumps);

        BenchmarkReport.read(results).write(dir.resolve("report"), Optional.empty());

        assertThat(dir.resolve("report/" + StackTraceResults.FILE)).doesNotExist();
        assertThat(dir.resolve("report/" + ThreadDumpResults.FILE)).doesNotExist();
        assertThat(dir.resolve("report/charts/stack-trace-lines.png")).doesNotExist();
    }

    @Test
    void matchesEachVariantToItsModelsNoneRowNoneFirst() throws IOException {
        List<JmhRecord> records = JmhJson.parse(results, Files.readAllBytes(results));

        VariantCosts propagation = VariantCosts.of(VariantCosts.CONTEXT_PROPAGATION, records).orElseThrow();

        assertThat(propagation.costs()).extracting(cost -> cost.model() + "/" + cost.label()).containsExactly(
                "virtual-threads/none", "virtual-threads/mdc-copy", "virtual-threads/scoped-value", "reactor/none",
                "reactor/automatic-context", "rxjava/none", "rxjava/schedule-handler", "completable-future/none",
                "completable-future/capturing-executor");
        assertThat(propagation.rows().get(6)).containsExactly("rxjava", "schedule-handler", "9.000 ± 0.400", "+1.000",
                "10.10 ± 0.70", "+1.10 (intervals overlap)", "1,900.0 ± 4.0", "+400.0", "");
        assertThat(propagation.rows().get(5)).as("the reference row has no extras")
                .containsExactly("rxjava", "none", "8.000 ± 0.400", "—", "9.00 ± 0.70", "—", "1,500.0 ± 4.0", "—", "");
        assertThat(Scenario.of(records)).as("without the report's split they would make a scenario per variant").hasSize(16);
    }

    @Test
    void saysAVariantWithoutItsNoneRowHasNothingToCompareWith() {
        VariantCosts costs = VariantCosts.of(VariantCosts.DEBUG_AIDS, List.of(
                variant("reactor/none", 10.0, 0.5), variant("reactor/checkpoint", 10.2, Double.NaN),
                variant("rxjava/assembly-tracking", 60.0, 1.0))).orElseThrow();

        assertThat(costs.rows().get(1).get(3)).isEqualTo("+0.200 (no interval)");
        assertThat(costs.rows().get(2).get(3)).isEqualTo(ScenarioTable.NONE);
        assertThat(costs.finding("Debug aids")).isEqualTo("Debug aids: no time per gather differs from its model's none"
                + " beyond the 99.9% intervals; not told apart from none (intervals overlap or are missing): reactor checkpoint;"
                + " no none row to compare with: rxjava assembly-tracking.");
        assertThat(VariantCosts.of(VariantCosts.CONTEXT_PROPAGATION, List.of(variant("reactor/none", 1, 0.1)))).isEmpty();
    }

    @Test
    void rejectsACostsRowThatIsNotOneVariantOfModelSlashLabel() {
        JmhRecord noLabel = variant("reactor", 10.0, 0.5);
        JmhRecord twice = variant("reactor/none", 10.0, 0.5);

        assertThatIllegalArgumentException().isThrownBy(() -> VariantCosts.of(VariantCosts.DEBUG_AIDS, List.of(noLabel)))
                .withMessage(VariantCosts.DEBUG_AIDS + " {variant=reactor} is not one parameter variant = <model>/<label>");
        assertThatIllegalArgumentException().isThrownBy(() -> VariantCosts.of(VariantCosts.DEBUG_AIDS, List.of(twice, twice)))
                .withMessage(VariantCosts.DEBUG_AIDS + " has two results for variant reactor/none");
    }

    @Test
    void rejectsAProbesFileThatIsNotItsJson() throws IOException {
        Path dumps = Files.writeString(results.resolveSibling(ThreadDumpResults.FILE), "{\"scenario\": \"stack-traces\"}");

        assertThatIllegalArgumentException().isThrownBy(() -> BenchmarkReport.read(results)).withMessage(dumps
                + " is not a thread-dump experiment report: its \"scenario\" is 'stack-traces', not 'thread-dumps'");
    }

    /** A row of the debug aids' benchmark for {@code variant}, in us/op. */
    private static JmhRecord variant(String variant, double score, double error) {
        return Fixtures.variant(VariantCosts.DEBUG_AIDS, variant, new Metric(score, error, "us/op"));
    }
}
