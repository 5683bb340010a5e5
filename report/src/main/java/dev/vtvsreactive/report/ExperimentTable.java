package dev.vtvsreactive.report;

import dev.vtvsreactive.report.view.Table;
import java.util.ArrayList;
import java.util.List;

/** The rows of an experiment's table as the pages show them: a run's model in its chart colour, its variant, its measures. */
final class ExperimentTable {

    private ExperimentTable() {
    }

    /**
     * One run's row: the model (first cell) with the colour its run has in the charts, the variant
     * (second cell) in {@code variantStyle}, every other cell a right-aligned number.
     *
     * @param model the run's model, for its colour
     * @param index the run's position, for the colour of a model the report does not know
     */
    static List<Table.Cell> row(List<String> cells, String model, int index, String variantStyle) {
        List<Table.Cell> row = new ArrayList<>(List.of(
                Table.Cell.of(cells.getFirst()).styled("name").withSwatch(Charts.hex(model, index)),
                Table.Cell.of(cells.get(1)).styled(variantStyle)));
        cells.subList(2, cells.size()).forEach(cell -> row.add(Table.Cell.of(cell).styled("num")));
        return row;
    }
}
