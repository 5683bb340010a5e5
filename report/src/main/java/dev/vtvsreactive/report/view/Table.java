package dev.vtvsreactive.report.view;

import java.util.List;
import java.util.Optional;

/**
 * A table of text cells, which the page styles and the Markdown lays out as a pipe table.
 *
 * @param headers the column headings
 * @param rows the rows, each with as many cells as headings
 */
public record Table(List<String> headers, List<Row> rows) {

    public Table {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
        for (Row row : rows) {
            if (row.cells().size() != headers.size()) {
                throw new IllegalArgumentException(
                        "a row of " + row.cells().size() + " cells in a table of " + headers.size() + " columns: " + row);
            }
        }
    }

    /**
     * One row.
     *
     * @param cells one per heading
     */
    public record Row(List<Cell> cells) {

        public Row {
            cells = List.copyOf(cells);
        }
    }

    /**
     * One cell: its text and how the page shows it.
     *
     * @param text what it says
     * @param style the page's CSS class for it, e.g. {@code num} for a right-aligned number
     * @param swatch the colour the charts draw its row in ({@code #0072b2}), shown before the text
     * @param link where the text links to on the page
     * @param tag a label after the text that says what kind of row it is
     */
    public record Cell(String text, Optional<String> style, Optional<String> swatch, Optional<String> link, Optional<Tag> tag) {

        /** A cell of plain text. */
        public static Cell of(String text) {
            return new Cell(text, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        }

        /** This cell with the CSS class {@code style}. */
        public Cell styled(String style) {
            return new Cell(text, Optional.of(style), swatch, link, tag);
        }

        /** This cell with its row's chart colour before the text. */
        public Cell withSwatch(String color) {
            return new Cell(text, style, Optional.of(color), link, tag);
        }

        /** This cell's text linked to {@code href}. */
        public Cell linkedTo(String href) {
            return new Cell(text, style, swatch, Optional.of(href), tag);
        }

        /** This cell with {@code tag} after its text. */
        public Cell tagged(Tag tag) {
            return new Cell(text, style, swatch, link, Optional.of(tag));
        }
    }

    /** What kind of row a model's is, when it is not the model as the suite ships it. */
    public enum Tag {
        /** A labelled variant: the model with one part swapped. */
        VARIANT("variant", "tag"),
        /** The asyncio baseline: Python, beside the Java models, never one of them. */
        ASYNCIO_BASELINE("asyncio baseline", "tag baseline");

        private final String text;
        private final String style;

        Tag(String text, String style) {
            this.text = text;
            this.style = style;
        }

        /** What it says. */
        public String text() {
            return text;
        }

        /** The page's CSS classes for it. */
        public String style() {
            return style;
        }
    }
}
