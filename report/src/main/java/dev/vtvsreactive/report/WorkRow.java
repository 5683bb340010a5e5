package dev.vtvsreactive.report;

import dev.vtvsreactive.report.WorkMeasure.Figure;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * One kind of work in the which-model table: its measures, and one sentence saying why they rank the
 * models as they do; or, when this run did not measure it, the command that does.
 *
 * @param work what kind of work: {@code The lesson's waits: gather A/B/C (ideal 30 ms)}
 * @param link where the page tells more: a section's anchor or a document; empty when nowhere
 * @param measures what is measured, each ranked; empty when nothing is
 * @param why one sentence from the data, or what this row is instead
 * @param blank what a cell without a figure says: {@value #NOT_MEASURED}, or {@value ScenarioTable#NONE} where no figure belongs
 */
record WorkRow(String work, Optional<String> link, List<WorkMeasure> measures, String why, String blank) {

    /** What a model's cell says when this run did not measure it. */
    static final String NOT_MEASURED = "not measured";


    WorkRow {
        measures = List.copyOf(measures);
    }

    /**
     * A kind of work this run measured, by {@code measures}, the Java models excepted when none has a
     * figure: then the row says the command that measures them.
     */
    static WorkRow measured(String work, String link, List<WorkMeasure> measures, Supplier<String> why, String command) {
        boolean javaMeasured = measures.stream().anyMatch(measure -> !measure.java().isEmpty());
        return new WorkRow(work, Optional.of(link), measures,
                javaMeasured ? why.get() : "Not measured for the Java models in this run: " + command, NOT_MEASURED);
    }

    /** A kind of work this run did not measure, and the command that measures it. */
    static WorkRow notMeasured(String work, String command) {
        return new WorkRow(work, Optional.empty(), List.of(), "Not measured in this run: " + command, NOT_MEASURED);
    }

    /** {@code model}'s cell: each measure's figure with its place, or {@link #blank} where it has none. */
    String cell(String model) {
        List<String> figures = measures.stream()
                .flatMap(measure -> measure.figure(model).map(figure -> prefix(measure) + figure.shown()
                        + " (" + measure.places().get(model).text() + ")").stream())
                .toList();
        return figures.isEmpty() ? blank : String.join("; ", figures);
    }

    /** The asyncio baseline's cell: its figures, never a place; {@link #blank} where it has none. */
    String asyncioCell() {
        List<String> figures = measures.stream()
                .flatMap(measure -> measure.asyncio().map(figure -> prefix(measure) + figure.shown()).stream())
                .toList();
        return figures.isEmpty() ? blank : String.join("; ", figures);
    }

    /** Whether {@code model} holds the 1st place, alone, in some measure. */
    boolean leads(String model) {
        return measures.stream().anyMatch(measure -> measure.figure(model).isPresent()
                && measure.places().get(model).equals(new Ranking.Place(1, false)));
    }

    /** Whether some figure of this row has an interval wider than itself. */
    boolean hasFigureWiderThanItself() {
        return measures.stream().flatMap(measure -> Stream.concat(measure.java().stream(), measure.asyncio().stream()))
                .anyMatch(Figure::widerThanItself);
    }

    /** Whether the asyncio baseline has a figure in this row. */
    boolean hasAsyncio() {
        return measures.stream().anyMatch(measure -> measure.asyncio().isPresent());
    }

    /** A figure's measure, named where the row has several: {@code CPU time per task 17.1 us}. */
    private String prefix(WorkMeasure measure) {
        return measures.size() > 1 ? measure.name() + " " : "";
    }
}
