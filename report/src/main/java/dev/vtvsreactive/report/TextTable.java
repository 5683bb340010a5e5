package dev.vtvsreactive.report;

import java.util.ArrayList;
import java.util.List;

/** A table in monospace text: columns padded to their widest cell, a rule under the headings. */
final class TextTable {

    private static final String GAP = "  ";

    private TextTable() {
    }

    /** {@code headers} over {@code rows}, each row as many cells as headers. */
    static String render(List<String> headers, List<List<String>> rows) {
        int[] widths = new int[headers.size()];
        List<List<String>> all = new ArrayList<>();
        all.add(headers);
        all.addAll(rows);
        all.forEach(cells -> {
            for (int column = 0; column < cells.size(); column++) {
                widths[column] = Math.max(widths[column], cells.get(column).length());
            }
        });
        StringBuilder text = new StringBuilder(line(headers, widths));
        text.append("-".repeat(text.length() - 1)).append('\n');
        rows.forEach(cells -> text.append(line(cells, widths)));
        return text.toString();
    }

    private static String line(List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int column = 0; column < cells.size(); column++) {
            String cell = cells.get(column);
            line.append(cell).append(column < cells.size() - 1 ? " ".repeat(widths[column] - cell.length()) + GAP : "");
        }
        return line.toString().stripTrailing() + "\n";
    }
}
