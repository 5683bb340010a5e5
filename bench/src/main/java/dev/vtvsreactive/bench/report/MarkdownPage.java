package dev.vtvsreactive.bench.report;

import dev.vtvsreactive.bench.report.Baseline.Comparison;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

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
        table(md, List.of("Scenario", "Verdict"), rendering.scenarios().stream()
                .map(scenario -> List.of(scenario.title(), Verdict.of(scenario).text()))
                .toList());
        md.append("\n## How to read it\n\n");
        Rendering.readingNotes().forEach(note -> md.append("- ").append(note).append('\n'));

        for (Scenario scenario : rendering.scenarios()) {
            md.append("\n## ").append(scenario.title()).append("\n\n");
            if (!scenario.description().isEmpty()) {
                md.append(scenario.description()).append("\n\n");
            }
            md.append("**Verdict.** ").append(Verdict.of(scenario).text()).append("\n\n")
                    .append("![").append(scenario.title()).append("](").append(Rendering.chartPath(scenario, "png")).append(")\n\n");
            ScenarioTable scenarioTable = rendering.table(scenario);
            table(md, scenarioTable.headers(), scenarioTable.lines().stream()
                    .map(line -> line.row().variant() ? variant(line.cells()) : line.cells())
                    .toList());
        }

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

    /** A variant's model cell marks it as such. */
    private static List<String> variant(List<String> cells) {
        List<String> marked = new ArrayList<>(cells);
        marked.set(0, cells.getFirst() + " *(variant)*");
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
