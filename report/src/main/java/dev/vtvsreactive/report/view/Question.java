package dev.vtvsreactive.report.view;

import java.util.List;

/**
 * One question a section answers from one experiment's data: what was measured, what it found,
 * its charts, its tables, a few of its raw outputs; or, when the experiment did not run, why not
 * and how to run it, in {@code description} alone.
 *
 * @param title the question
 * @param description what was measured, with this run's settings; or that it was not, and the command that measures it
 * @param findings one sentence per model or scenario
 * @param figures its charts
 * @param reading what the tables' measures are; empty without tables
 * @param tables its tables, each under a caption
 * @param excerpts raw output, as a reader meets it: a trace, a thread dump
 * @param notRun what the experiment skipped or saw fail, each with its reason
 */
public record Question(String title, String description, List<String> findings, List<Figure> figures, String reading,
                       List<Captioned> tables, List<Excerpt> excerpts, List<String> notRun) {

    public Question {
        findings = List.copyOf(findings);
        figures = List.copyOf(figures);
        tables = List.copyOf(tables);
        excerpts = List.copyOf(excerpts);
        notRun = List.copyOf(notRun);
    }

    /** A question this run did not measure: {@code notMeasured} says so, and how to measure it. */
    public static Question notMeasured(String title, String notMeasured) {
        return new Question(title, notMeasured, List.of(), List.of(), "", List.of(), List.of(), List.of());
    }

    /**
     * A table under a caption.
     *
     * @param caption what the table holds
     * @param table the table
     */
    public record Captioned(String caption, Table table) {
    }

    /**
     * Output shown as it is, in a fixed-width block.
     *
     * @param title whose output it is
     * @param text its lines
     */
    public record Excerpt(String title, String text) {
    }
}
