package dev.vtvsreactive.report.view;

import java.util.List;
import java.util.Optional;

/**
 * Everything one report shows, in reading order.
 *
 * @param title the page's and the document's title
 * @param captured when, at which commit and on which machine the numbers were measured
 * @param baselineSource where the older run compared with was read from, if any
 * @param whichModel which model for which work: a row per kind of work, a column per model, one sentence why per row
 * @param whichModelNotes how to read it
 * @param glance one row per scenario and experiment: its name, linked to its section, and its verdict
 * @param readingNotes how to read the numbers
 * @param scenarios one section per benchmark scenario
 * @param perTask the machinery per task: the no-wait gathers divided by N
 * @param cpuBound the CPU-bound experiment's section
 * @param fanOut the fan-out sweep's section
 * @param load the open-loop load's section
 * @param living what each model is like when something goes wrong: its traces, thread dumps, log context, and their costs
 * @param onlyInBaseline the baseline's rows this run has no counterpart for; empty without a baseline or when there are none
 * @param flameGraphsNote what the flame graphs are, or how to make them when there are none
 * @param flameGraphs each flame graph's page beside the results, linked from the report
 * @param environment where and how the numbers were measured
 * @param rawData the JSON files the report was rendered from, copied beside it
 * @param markdown the same report in Markdown, relative to the page
 * @param chartsFolder the folder of every chart as SVG and PNG, relative to the page
 */
public record ReportView(
        String title, String captured, Optional<String> baselineSource, Table whichModel, List<String> whichModelNotes, Table glance, List<String> readingNotes,
        List<ScenarioView> scenarios, Section perTask, Section cpuBound, Section fanOut, Section load, LivingView living,
        Optional<Table> onlyInBaseline,
        String flameGraphsNote, List<Link> flameGraphs, List<Fact> environment, List<Link> rawData, String markdown, String chartsFolder) {

    public ReportView {
        whichModelNotes = List.copyOf(whichModelNotes);
        readingNotes = List.copyOf(readingNotes);
        scenarios = List.copyOf(scenarios);
        flameGraphs = List.copyOf(flameGraphs);
        environment = List.copyOf(environment);
        rawData = List.copyOf(rawData);
    }

    /**
     * One line of the environment block.
     *
     * @param name what it is
     * @param value its value
     */
    public record Fact(String name, String value) {
    }

    /**
     * A file beside the report.
     *
     * @param href its path relative to the report
     * @param what what it holds
     */
    public record Link(String href, String what) {
    }
}
