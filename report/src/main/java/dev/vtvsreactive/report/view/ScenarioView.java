package dev.vtvsreactive.report.view;

import java.util.List;

/**
 * The section of one benchmark scenario.
 *
 * @param anchor its id on the page
 * @param title its heading
 * @param description what the scenario does and why its ideal is what it is; empty for a benchmark the report does not know
 * @param verdict which model is fastest, and whether the data can tell
 * @param figures the time chart, then the overhead chart when the scenario has an ideal
 * @param table every model's row
 */
public record ScenarioView(String anchor, String title, String description, Callout verdict, List<Figure> figures, Table table) {

    public ScenarioView {
        figures = List.copyOf(figures);
    }
}
