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

    /**
     * {@code cell} as a pipe table's cell, its tag in italics after the text: {@code reactor (JDK HttpClient) *(variant)*};
     * its link to a file a Markdown link ({@code [text](../docs/x.md)}), its link to a section of the page dropped: the
     * Markdown's headings have other anchors.
     */
    public static String cell(Table.Cell cell) {
        String text = cell.link().filter(href -> !href.startsWith("#")).map(href -> "[" + cell.text() + "](" + href + ")")
                .orElse(cell.text());
        return cell(cell.tag().map(tag -> text + " *(" + tag.text() + ")*").orElse(text));
    }
}
