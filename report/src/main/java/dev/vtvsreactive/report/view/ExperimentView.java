package dev.vtvsreactive.report.view;

import java.util.List;

/**
 * What an experiment found, as its section tells it.
 *
 * @param description what the experiment does, with this run's plan
 * @param probe why its numbers are read differently from the benchmarks'
 * @param judgement the answer the numbers give: the lesson's quiz, or the targets
 * @param findings one sentence per model or point, in the experiment's order
 * @param figures its charts
 * @param reading what the table's measures are
 * @param table one row per run
 * @param notRun what the experiment chose not to run or saw fail, each with its reason; often empty
 */
public record ExperimentView(
        String description, String probe, Callout judgement, List<String> findings, List<Figure> figures, String reading,
        Table table, List<String> notRun) {

    public ExperimentView {
        findings = List.copyOf(findings);
        figures = List.copyOf(figures);
        notRun = List.copyOf(notRun);
    }
}
