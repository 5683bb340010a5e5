package dev.vtvsreactive.bench.traces;

import java.util.ArrayList;
import java.util.List;

/**
 * Texts laid out in columns of one width, side by side, each under its title and a rule; a line
 * longer than its column is wrapped, not cut, and continues indented under itself.
 *
 * <pre>{@code
 * none                      │ on-operator-debug
 * ───────────────────────── │ ─────────────────────────
 * JobFailedException: Job B │ JobFailedException: Job B
 *   failed                  │   failed
 * }</pre>
 */
public final class SideBySide {

    private static final String GUTTER = " │ ";
    private static final String CONTINUED = "  ";

    private SideBySide() {
    }

    /** One column: its title and its lines. */
    public record Column(String title, List<String> lines) {
        public Column {
            lines = List.copyOf(lines);
        }
    }

    /**
     * {@code columns} side by side, sharing {@code width} characters, each from {@code minWidth} to
     * {@code maxWidth} wide.
     *
     * @throws IllegalArgumentException if there are no columns
     */
    public static List<String> render(List<Column> columns, int width, int minWidth, int maxWidth) {
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("nothing to lay out side by side");
        }
        int shared = (width - GUTTER.length() * (columns.size() - 1)) / columns.size();
        int columnWidth = Math.max(minWidth, Math.min(maxWidth, shared));
        List<List<String>> wrapped = columns.stream().map(column -> {
            List<String> lines = new ArrayList<>(wrap(column.title(), columnWidth));
            lines.add("─".repeat(columnWidth));
            column.lines().forEach(line -> lines.addAll(wrap(line, columnWidth)));
            return lines;
        }).toList();
        int height = wrapped.stream().mapToInt(List::size).max().orElse(0);
        List<String> rows = new ArrayList<>();
        for (int row = 0; row < height; row++) {
            StringBuilder text = new StringBuilder();
            for (int column = 0; column < wrapped.size(); column++) {
                List<String> lines = wrapped.get(column);
                String cell = row < lines.size() ? lines.get(row) : "";
                text.append(column == 0 ? "" : GUTTER).append(cell).append(" ".repeat(columnWidth - cell.length()));
            }
            rows.add(text.toString().stripTrailing());
        }
        return rows;
    }

    /** {@code line} in pieces of at most {@code width}: the first as it starts, the rest under its indentation and two more spaces. */
    static List<String> wrap(String line, int width) {
        String leading = line.substring(0, line.length() - line.stripLeading().length()) + CONTINUED;
        // Each piece after the first must still move the line on: a deep indent gives way to a short one.
        String indent = leading.length() <= width / 2 ? leading : CONTINUED;
        List<String> pieces = new ArrayList<>();
        String rest = line;
        while (rest.length() > width) {
            int cut = rest.lastIndexOf(' ', width);
            if (cut <= indent.length()) {
                cut = width;
            }
            pieces.add(rest.substring(0, cut).stripTrailing());
            rest = indent + rest.substring(cut).stripLeading();
        }
        pieces.add(rest);
        return pieces;
    }
}
