package dev.vtvsreactive.report.view;

/**
 * The one escaping the Markdown template needs: a table cell may not hold a bare {@code |}, nor be
 * empty. Everything else is written as it is, as it reads on the page.
 */
public final class Markdown {

    private Markdown() {
    }

    /** {@code text} as a pipe table's cell. */
    public static String cell(String text) {
        return text.isEmpty() ? " " : text.replace("|", "\\|");
    }

    /** {@code cell} as a pipe table's cell, its tag in italics after the text: {@code reactor (JDK HttpClient) *(variant)*}. */
    public static String cell(Table.Cell cell) {
        return cell(cell.tag().map(tag -> cell.text() + " *(" + tag.text() + ")*").orElse(cell.text()));
    }
}
