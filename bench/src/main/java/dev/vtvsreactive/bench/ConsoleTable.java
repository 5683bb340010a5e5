package dev.vtvsreactive.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * A table as a console shows it: columns as wide as their widest cell, two spaces apart, a rule
 * under the header, counts right-aligned as numbers are read.
 */
public final class ConsoleTable {

    private ConsoleTable() {
    }

    /**
     * The lines of {@code rows}, the first of them the header.
     *
     * @param counts which columns hold numbers, right-aligned
     */
    public static List<String> lines(List<List<String>> rows, IntPredicate counts) {
        int[] widths = new int[rows.getFirst().size()];
        rows.forEach(cells -> {
            for (int column = 0; column < cells.size(); column++) {
                widths[column] = Math.max(widths[column], cells.get(column).length());
            }
        });
        List<String> lines = new ArrayList<>();
        for (List<String> cells : rows) {
            StringBuilder line = new StringBuilder();
            for (int column = 0; column < cells.size(); column++) {
                String cell = cells.get(column);
                String pad = " ".repeat(widths[column] - cell.length());
                line.append(column == 0 ? "" : "  ").append(counts.test(column) ? pad + cell : cell + pad);
            }
            lines.add(line.toString().stripTrailing());
            if (lines.size() == 1) {
                lines.add("-".repeat(lines.getFirst().length()));
            }
        }
        return lines;
    }
}
