package dev.vtvsreactive.report;

import static dev.vtvsreactive.report.Html.escape;

import dev.vtvsreactive.report.Baseline.Comparison;
import dev.vtvsreactive.report.Environment.Fact;
import dev.vtvsreactive.report.ScenarioTable.Line;
import java.awt.Color;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code index.html}: one self-contained page (inline CSS and SVG, no script, no external
 * resource) that is also well-formed XML, so that it opens from disk anywhere and tools can parse it.
 */
final class HtmlPage {

    private static final String STYLE = """
            :root { --ink: #1d2330; --muted: #5b6475; --line: #e3e6ec; --page: #f5f6f8; --card: #ffffff; }
            * { box-sizing: border-box; }
            body { margin: 0; background: var(--page); color: var(--ink);
                   font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", "DejaVu Sans", Arial, sans-serif; }
            main { max-width: 1120px; margin: 0 auto; padding: 2.5rem 1.25rem 4rem; }
            h1 { font-size: 2rem; margin: 0 0 .3rem; letter-spacing: -.01em; }
            h2 { font-size: 1.35rem; margin: 0 0 .5rem; }
            h2.follow { margin-top: 1.4rem; }
            a { color: #0b5cad; }
            .meta, .description, figcaption, footer { color: var(--muted); }
            .card { background: var(--card); border: 1px solid var(--line); border-radius: 12px;
                    padding: 1.4rem 1.6rem; margin: 1.6rem 0; box-shadow: 0 1px 3px rgba(20, 30, 50, .05); }
            .verdict { margin: .9rem 0; padding: .65rem .9rem; border-left: 4px solid; border-radius: 6px; }
            .verdict.clear { border-color: #009E73; background: #ecf8f3; }
            .verdict.open { border-color: #E69F00; background: #fdf5e4; }
            figure { margin: 1rem 0; }
            figure svg { display: block; width: 100%; height: auto; }
            figcaption { font-size: .85rem; text-align: right; }
            .scroll { overflow-x: auto; }
            table { border-collapse: collapse; width: 100%; font-size: .9rem; font-variant-numeric: tabular-nums; }
            th, td { padding: .45rem .65rem; border-bottom: 1px solid var(--line); text-align: left; vertical-align: top; }
            th { font-weight: 600; background: #f0f2f5; }
            tbody tr:nth-child(even) { background: #fafbfc; }
            td.num { text-align: right; white-space: nowrap; }
            td.name { white-space: nowrap; }
            td.wiring { overflow-wrap: anywhere; min-width: 14em; }
            .swatch { display: inline-block; width: .75em; height: .75em; border-radius: 2px; margin-right: .45em; }
            .tag { display: inline-block; margin-left: .4em; padding: 0 .45em; border-radius: 4px; font-size: .75rem;
                   background: #e8f0fb; color: #0b4a8b; }
            .tag.baseline { background: #fbe9e0; color: #8a3a0b; }
            .flag, td.pitfall { color: #9a3412; }
            .status { font-weight: 600; }
            .faster { color: #0a7a52; font-weight: 600; }
            .slower { color: #b3261e; font-weight: 600; }
            ul.notes { padding-left: 1.2rem; margin: .3rem 0 0; }
            dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .3rem 1.2rem; margin: 0; }
            dl.facts dt { font-weight: 600; }
            dl.facts dd { margin: 0; overflow-wrap: anywhere; }
            """;

    private final Rendering rendering;
    private final StringBuilder page = new StringBuilder();

    private HtmlPage(Rendering rendering) {
        this.rendering = rendering;
    }

    /** The page of {@code rendering}. */
    static String render(Rendering rendering) {
        return new HtmlPage(rendering).build();
    }

    private String build() {
        page.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n")
                .append("<meta charset=\"utf-8\"/>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
                .append("<title>").append(escape(Rendering.TITLE)).append("</title>\n")
                .append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n<main>\n");
        header();
        overview();
        rendering.scenarios().forEach(this::scenario);
        cpuBound();
        fanOut();
        onlyInBaseline();
        environment();
        page.append("<footer><p>Raw data: <a href=\"").append(Rendering.RESULTS).append("\">").append(Rendering.RESULTS)
                .append("</a> (JMH JSON)");
        if (rendering.cpuBound().isPresent()) {
            link(CpuBoundResults.FILE, "the CPU-bound experiment");
        }
        if (rendering.environment().asyncio().isPresent()) {
            link(AsyncioEnvironment.FILE, "the asyncio baseline's environment");
        }
        rendering.fanOut().ifPresent(section -> {
            section.results().java().ifPresent(java -> link(FanOutResults.FILE, "the fan-out sweep"));
            section.results().asyncio().ifPresent(asyncio -> link(AsyncioFanOut.FILE, "asyncio's fan-out"));
        });
        page.append(" · the same report in Markdown: <a href=\"").append(Rendering.MARKDOWN).append("\">")
                .append(Rendering.MARKDOWN).append("</a> · charts as SVG and PNG in <a href=\"").append(Charts.DIRECTORY)
                .append("/\">").append(Charts.DIRECTORY).append("/</a></p></footer>\n");
        return page.append("</main>\n</body>\n</html>\n").toString();
    }

    private void header() {
        Machine machine = rendering.environment().machine();
        page.append("<header>\n<h1>").append(escape(Rendering.TITLE)).append("</h1>\n<p class=\"meta\">")
                .append(escape("Captured " + machine.capturedAt() + " at commit " + machine.gitCommit() + " on "
                        + machine.cpuModel() + " (" + machine.cpus() + " CPUs)"));
        rendering.baselineSource().ifPresent(source -> page.append(" · compared with ").append(escape(source)));
        page.append("</p>\n</header>\n");
    }

    private void overview() {
        page.append("<section class=\"card\" id=\"overview\">\n<h2>At a glance</h2>\n<div class=\"scroll\"><table>\n")
                .append("<thead><tr><th>Scenario</th><th>Verdict</th></tr></thead>\n<tbody>\n");
        for (Scenario scenario : rendering.scenarios()) {
            page.append("<tr><td><a href=\"#").append(anchor(scenario)).append("\">").append(escape(scenario.title()))
                    .append("</a></td><td>").append(escape(Verdict.of(scenario).text())).append("</td></tr>\n");
        }
        page.append("<tr><td><a href=\"#").append(CpuBoundSection.ANCHOR).append("\">").append(escape(CpuBoundSection.TITLE))
                .append("</a></td><td>").append(escape(rendering.cpuBound()
                        .map(section -> section.results().quizAnswer())
                        .orElse(CpuBoundSection.NOT_RUN)))
                .append("</td></tr>\n");
        page.append("<tr><td><a href=\"#").append(FanOutSection.ANCHOR).append("\">").append(escape(FanOutSection.TITLE))
                .append("</a></td><td>").append(escape(rendering.fanOutGlance())).append("</td></tr>\n");
        page.append("<tr><td><a href=\"#environment\">").append(escape(Rendering.ASYNCIO_TITLE)).append("</a></td><td>")
                .append(escape(rendering.asyncioGlance())).append("</td></tr>\n");
        page.append("</tbody>\n</table></div>\n<h2 class=\"follow\">How to read it</h2>\n<ul class=\"notes\">\n");
        Rendering.readingNotes().forEach(note -> page.append("<li>").append(escape(note)).append("</li>\n"));
        page.append("</ul>\n</section>\n");
    }

    private void scenario(Scenario scenario) {
        Verdict verdict = Verdict.of(scenario);
        page.append("<section class=\"card\" id=\"").append(anchor(scenario)).append("\">\n<h2>")
                .append(escape(scenario.title())).append("</h2>\n");
        if (!scenario.description().isEmpty()) {
            page.append("<p class=\"description\">").append(escape(scenario.description())).append("</p>\n");
        }
        page.append("<p class=\"verdict ").append(verdict.clearWinner() ? "clear" : "open").append("\"><strong>Verdict.</strong> ")
                .append(escape(verdict.text())).append("</p>\n");
        Charts.ScenarioCharts charts = rendering.charts().get(scenario.slug());
        figure(charts.time(), "Bars: mean time with 99.9% error bars; dashed line: the ideal.");
        charts.overhead().ifPresent(overhead -> figure(overhead,
                "Bars: time − ideal, with the same error bars: zero is the ideal, so differences of a few percent show."));
        table(rendering.table(scenario));
        page.append("</section>\n");
    }

    /** {@code chart} inline, captioned with {@code caption} and links to its files. */
    private void figure(Charts.ChartFiles chart, String caption) {
        page.append("<figure>\n").append(chart.inlineSvg())
                .append("\n<figcaption>").append(escape(caption)).append(" Chart as <a href=\"")
                .append(Rendering.chartPath(chart, "svg")).append("\">SVG</a> or <a href=\"")
                .append(Rendering.chartPath(chart, "png")).append("\">PNG</a>.</figcaption>\n</figure>\n");
    }

    private void cpuBound() {
        if (!openSection(CpuBoundSection.ANCHOR, CpuBoundSection.TITLE, rendering.cpuBound().isPresent(), CpuBoundSection.NOT_RUN)) {
            return;
        }
        CpuBoundSection section = rendering.cpuBound().get();
        CpuBoundResults results = section.results();
        page.append("<p class=\"description\">").append(escape(section.description())).append("</p>\n")
                .append("<p class=\"description\">").append(escape(CpuBoundSection.PROBE)).append("</p>\n")
                .append("<p class=\"verdict ").append(results.answersNo() ? "clear" : "open").append("\"><strong>Quiz.</strong> ")
                .append(escape(results.quizAnswer())).append("</p>\n<ul class=\"notes\">\n");
        section.verdicts().forEach(verdict -> page.append("<li>").append(escape(verdict)).append("</li>\n"));
        page.append("</ul>\n");
        figure(section.charts().gaps(), "Bars: the longest the heartbeat went without a tick, per model and variant;"
                + " dashed line: its period, the ideal.");
        figure(section.charts().timeline(), "Dots: heartbeat ticks; shaded: the CPU task running; diamond: the reply;"
                + " dashed line: when the replies were due.");
        page.append("<p class=\"description\">").append(escape(results.reading())).append("</p>\n")
                .append("<div class=\"scroll\"><table>\n");
        headerRow(results.headers(true));
        List<List<String>> rows = results.rows(true);
        for (int i = 0; i < rows.size(); i++) {
            List<String> cells = rows.get(i);
            page.append("<tr><td class=\"name\"><span class=\"swatch\" style=\"background:")
                    .append(hex(Charts.color(results.runs().get(i).model(), i))).append("\"></span>")
                    .append(escape(cells.getFirst())).append("</td><td class=\"name\">").append(escape(cells.get(1))).append("</td>");
            for (int column = 2; column < cells.size() - 1; column++) {
                page.append("<td class=\"num\">").append(escape(cells.get(column))).append("</td>");
            }
            page.append("<td class=\"wiring\">").append(escape(cells.getLast())).append("</td></tr>\n");
        }
        page.append("</tbody>\n</table></div>\n</section>\n");
    }

    private void fanOut() {
        if (!openSection(FanOutSection.ANCHOR, FanOutSection.TITLE, rendering.fanOut().isPresent(), FanOutSection.NOT_RUN)) {
            return;
        }
        FanOutSection section = rendering.fanOut().get();
        FanOutResults results = section.results();
        List<FanOutResults.Target> targets = results.targets();
        page.append("<p class=\"description\">").append(escape(section.description())).append("</p>\n")
                .append("<p class=\"description\">").append(escape(FanOutSection.PROBE)).append("</p>\n")
                .append("<div class=\"verdict ")
                .append(targets.stream().allMatch(target -> target.status() == FanOutResults.Status.MET) ? "clear" : "open")
                .append("\"><strong>Targets.</strong><ul class=\"notes\">\n");
        targets.forEach(target -> page.append("<li>").append(escape(target.claim())).append(": <span class=\"status\">")
                .append(escape(target.status().label())).append("</span> (").append(escape(target.figures())).append(")</li>\n"));
        page.append("</ul></div>\n<ul class=\"notes\">\n");
        Stream.concat(results.verdicts().stream(), results.pitfallCosts().stream())
                .forEach(verdict -> page.append("<li>").append(escape(verdict)).append("</li>\n"));
        page.append("</ul>\n");
        figure(section.charts().overhead(), section.overheadCaption());
        figure(section.charts().memory(), section.memoryCaption());
        page.append("<p class=\"description\">").append(escape(results.reading())).append("</p>\n")
                .append("<div class=\"scroll\"><table>\n");
        headerRow(results.headers());
        List<FanOutPoint> points = results.points();
        List<List<String>> rows = results.rows();
        for (int i = 0; i < rows.size(); i++) {
            List<String> cells = rows.get(i);
            FanOutPoint point = points.get(i);
            page.append("<tr><td class=\"name\"><span class=\"swatch\" style=\"background:")
                    .append(hex(Charts.color(point.model(), i))).append("\"></span>").append(escape(cells.getFirst()))
                    .append("</td><td class=\"name").append(point.pitfall() ? " pitfall" : "").append("\">")
                    .append(escape(cells.get(1))).append("</td>");
            cells.subList(2, cells.size()).forEach(cell -> page.append("<td class=\"num\">").append(escape(cell)).append("</td>"));
            page.append("</tr>\n");
        }
        page.append("</tbody>\n</table></div>\n");
        if (!results.notRun().isEmpty()) {
            page.append("<h2 class=\"follow\">Not run</h2>\n<ul class=\"notes\">\n");
            results.notRun().forEach(line -> page.append("<li>").append(escape(line)).append("</li>\n"));
            page.append("</ul>\n");
        }
        page.append("</section>\n");
    }

    /**
     * Opens an experiment's section; when the experiment did not run, says {@code notRun} and closes it.
     *
     * @return whether the section is open for the experiment's content
     */
    private boolean openSection(String anchor, String title, boolean ran, String notRun) {
        page.append("<section class=\"card\" id=\"").append(anchor).append("\">\n<h2>").append(escape(title)).append("</h2>\n");
        if (!ran) {
            page.append("<p class=\"description\">").append(escape(notRun)).append("</p>\n</section>\n");
        }
        return ran;
    }

    /** A table's heading row, and the start of its body. */
    private void headerRow(List<String> headers) {
        page.append("<thead><tr>");
        headers.forEach(header -> page.append("<th>").append(escape(header)).append("</th>"));
        page.append("</tr></thead>\n<tbody>\n");
    }

    /** A link in the footer's list of raw data. */
    private void link(String file, String what) {
        page.append(", <a href=\"").append(file).append("\">").append(file).append("</a> (").append(what).append(")");
    }

    private void table(ScenarioTable table) {
        page.append("<div class=\"scroll\"><table>\n");
        headerRow(table.headers());
        List<Line> lines = table.lines();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            List<String> cells = line.cells();
            page.append("<tr><td><span class=\"swatch\" style=\"background:").append(hex(Charts.color(line.row().model(), i)))
                    .append("\"></span>").append(escape(cells.getFirst()));
            if (line.row().variant()) {
                page.append("<span class=\"tag\">variant</span>");
            } else if (line.row().asyncio()) {
                page.append("<span class=\"tag baseline\">asyncio baseline</span>");
            }
            page.append("</td>");
            for (int column = 1; column < cells.size(); column++) {
                page.append(cell(table.headers().get(column), cells.get(column), line));
            }
            page.append("</tr>\n");
        }
        page.append("</tbody>\n</table></div>\n");
    }

    /** A cell: numbers right-aligned, flags and changes coloured by what they say. */
    private static String cell(String header, String text, Line line) {
        String css = switch (header) {
            case ScenarioTable.FLAGS -> "flag";
            case ScenarioTable.VS_BASELINE -> line.comparison().map(comparison -> switch (comparison.change()) {
                case FASTER -> "faster";
                case SLOWER -> "slower";
                default -> "";
            }).orElse("");
            default -> "num";
        };
        return (css.isEmpty() ? "<td>" : "<td class=\"" + css + "\">") + escape(text) + "</td>";
    }

    private void onlyInBaseline() {
        List<Comparison> missing = rendering.onlyInBaseline();
        if (missing.isEmpty()) {
            return;
        }
        page.append("<section class=\"card\" id=\"only-in-baseline\">\n<h2>Only in the baseline</h2>\n")
                .append("<p class=\"description\">Rows the baseline measured and this run did not.</p>\n")
                .append("<div class=\"scroll\"><table>\n<thead><tr><th>Scenario</th><th>Model</th><th>Baseline time</th></tr></thead>\n<tbody>\n");
        for (Comparison comparison : missing) {
            Row row = comparison.baseline().orElseThrow();
            page.append("<tr><td>").append(escape(comparison.scenario().title())).append("</td><td>")
                    .append(escape(row.label())).append("</td><td class=\"num\">")
                    .append(escape(ScenarioTable.time(comparison.scenario(), row) + " " + comparison.scenario().unit()))
                    .append("</td></tr>\n");
        }
        page.append("</tbody>\n</table></div>\n</section>\n");
    }

    private void environment() {
        page.append("<section class=\"card\" id=\"environment\">\n<h2>Environment</h2>\n<dl class=\"facts\">\n");
        for (Fact fact : rendering.environment().facts()) {
            page.append("<dt>").append(escape(fact.name())).append("</dt><dd>").append(escape(fact.value())).append("</dd>\n");
        }
        page.append("</dl>\n</section>\n");
    }

    private static String anchor(Scenario scenario) {
        return "scenario-" + scenario.slug();
    }

    private static String hex(Color color) {
        return "#%06x".formatted(color.getRGB() & 0xFFFFFF);
    }
}
