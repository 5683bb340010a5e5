package dev.vtvsreactive.report;

import dev.vtvsreactive.report.Baseline.Comparison;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** {@code report.md}: the page's tables and verdicts in Markdown, with the PNG charts linked. */
final class MarkdownPage {

    private MarkdownPage() {
    }

    /** The Markdown of {@code rendering}. */
    static String render(Rendering rendering) {
        StringBuilder md = new StringBuilder("# ").append(Rendering.TITLE).append("\n\n");
        Machine machine = rendering.environment().machine();
        md.append("Captured ").append(machine.capturedAt()).append(" at commit ").append(machine.gitCommit())
                .append(". Raw data: [").append(Rendering.RESULTS).append("](").append(Rendering.RESULTS).append(").");
        rendering.baselineSource().ifPresent(source -> md.append(" Compared with `").append(source).append("`."));
        md.append("\n\n## At a glance\n\n");
        List<List<String>> glance = new ArrayList<>(rendering.scenarios().stream()
                .map(scenario -> List.of(scenario.title(), Verdict.of(scenario).text()))
                .toList());
        glance.add(List.of(CpuBoundSection.TITLE,
                rendering.cpuBound().map(section -> section.results().quizAnswer()).orElse(CpuBoundSection.NOT_RUN)));
        glance.add(List.of(FanOutSection.TITLE, rendering.fanOutGlance()));
        glance.add(List.of(Rendering.ASYNCIO_TITLE, rendering.asyncioGlance()));
        table(md, List.of("Scenario", "Verdict"), glance);
        md.append("\n## How to read it\n\n");
        Rendering.readingNotes().forEach(note -> md.append("- ").append(note).append('\n'));

        for (Scenario scenario : rendering.scenarios()) {
            md.append("\n## ").append(scenario.title()).append("\n\n");
            if (!scenario.description().isEmpty()) {
                md.append(scenario.description()).append("\n\n");
            }
            md.append("**Verdict.** ").append(Verdict.of(scenario).text()).append("\n\n");
            Charts.ScenarioCharts charts = rendering.charts().get(scenario.slug());
            image(md, scenario.title(), charts.time());
            charts.overhead().ifPresent(overhead -> image(md, scenario.title() + ": overhead over the ideal", overhead));
            ScenarioTable scenarioTable = rendering.table(scenario);
            table(md, scenarioTable.headers(), scenarioTable.lines().stream()
                    .map(line -> line.row().variant() ? marked(line.cells(), "variant")
                            : line.row().asyncio() ? marked(line.cells(), "asyncio baseline") : line.cells())
                    .toList());
        }

        cpuBound(md, rendering);
        fanOut(md, rendering);

        List<Comparison> missing = rendering.onlyInBaseline();
        if (!missing.isEmpty()) {
            md.append("\n## Only in the baseline\n\n");
            table(md, List.of("Scenario", "Model", "Baseline time"), missing.stream()
                    .map(comparison -> {
                        Row row = comparison.baseline().orElseThrow();
                        return List.of(comparison.scenario().title(), row.label(),
                                ScenarioTable.time(comparison.scenario(), row) + " " + comparison.scenario().unit());
                    })
                    .toList());
        }

        md.append("\n## Environment\n\n");
        table(md, List.of("Fact", "Value"), rendering.environment().facts().stream()
                .map(fact -> List.of(fact.name(), fact.value()))
                .toList());
        return md.toString();
    }

    private static void cpuBound(StringBuilder md, Rendering rendering) {
        if (!openSection(md, CpuBoundSection.TITLE, rendering.cpuBound().isPresent(), CpuBoundSection.NOT_RUN)) {
            return;
        }
        CpuBoundSection section = rendering.cpuBound().get();
        CpuBoundResults results = section.results();
        md.append(section.description()).append("\n\n").append(CpuBoundSection.PROBE).append("\n\n")
                .append("**Quiz.** ").append(results.quizAnswer()).append("\n\n");
        section.verdicts().forEach(verdict -> md.append("- ").append(verdict).append('\n'));
        md.append('\n');
        image(md, "Worst heartbeat gap", section.charts().gaps());
        image(md, "Heartbeat timeline", section.charts().timeline());
        md.append(results.reading()).append("\n\n");
        table(md, results.headers(true), results.rows(true));
    }

    private static void fanOut(StringBuilder md, Rendering rendering) {
        if (!openSection(md, FanOutSection.TITLE, rendering.fanOut().isPresent(), FanOutSection.NOT_RUN)) {
            return;
        }
        FanOutSection section = rendering.fanOut().get();
        FanOutResults results = section.results();
        md.append(section.description()).append("\n\n").append(FanOutSection.PROBE).append("\n\n**Targets.**\n\n");
        results.targets().forEach(target -> md.append("- ").append(target.claim()).append(": **").append(target.status().label())
                .append("** (").append(target.figures()).append(")\n"));
        md.append('\n');
        Stream.concat(results.verdicts().stream(), results.pitfallCosts().stream())
                .forEach(verdict -> md.append("- ").append(verdict).append('\n'));
        md.append('\n');
        image(md, "Fan-out overhead over the ideal", section.charts().overhead());
        md.append(section.overheadCaption()).append("\n\n");
        image(md, "Fan-out memory per waiting task", section.charts().memory());
        md.append(section.memoryCaption()).append("\n\n").append(results.reading()).append("\n\n");
        table(md, results.headers(), results.rows());
        if (!results.notRun().isEmpty()) {
            md.append("\n**Not run.**\n\n");
            results.notRun().forEach(line -> md.append("- ").append(line).append('\n'));
        }
    }

    /** An experiment's heading; when it did not run, {@code notRun} under it. @return whether it ran */
    private static boolean openSection(StringBuilder md, String title, boolean ran, String notRun) {
        md.append("\n## ").append(title).append("\n\n");
        if (!ran) {
            md.append(notRun).append('\n');
        }
        return ran;
    }

    private static void image(StringBuilder md, String alt, Charts.ChartFiles chart) {
        md.append("![").append(alt).append("](").append(Rendering.chartPath(chart, "png")).append(")\n\n");
    }

    /** A variant's or the asyncio baseline's model cell says what it is. */
    private static List<String> marked(List<String> cells, String what) {
        List<String> marked = new ArrayList<>(cells);
        marked.set(0, cells.getFirst() + " *(" + what + ")*");
        return marked;
    }

    private static void table(StringBuilder md, List<String> headers, List<List<String>> rows) {
        md.append(row(headers)).append(headers.stream().map(header -> "---").collect(Collectors.joining(" | ", "| ", " |\n")));
        rows.forEach(cells -> md.append(row(cells)));
    }

    private static String row(List<String> cells) {
        return cells.stream()
                .map(cell -> cell.isEmpty() ? " " : cell.replace("|", "\\|"))
                .collect(Collectors.joining(" | ", "| ", " |\n"));
    }
}
