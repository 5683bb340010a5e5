package dev.vtvsreactive.report;

import dev.vtvsreactive.report.view.ReportView;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.regex.Pattern;

/**
 * The report's two pages, rendered from one {@link ReportView} by the templates in
 * {@code src/main/jte}, which the build turned into classes: {@code index.html}, whose template
 * escapes every value, and {@code report.md}, whose template writes the text as it is.
 */
final class Pages {

    private static final TemplateEngine HTML =
            TemplateEngine.createPrecompiled(null, ContentType.Html, null, "dev.vtvsreactive.report.pages.html");
    private static final TemplateEngine MARKDOWN =
            TemplateEngine.createPrecompiled(null, ContentType.Plain, null, "dev.vtvsreactive.report.pages.markdown");
    /**
     * Every Markdown block ends with a line break and the line that includes it adds a blank line;
     * where a section's last block ends the section too, two blank lines meet: one separates as well.
     */
    private static final Pattern BLANK_LINES = Pattern.compile("\n{3,}");

    private Pages() {
    }

    /** {@code index.html}: one self-contained page, also well-formed XML. */
    static String html(ReportView view) {
        return render(HTML, "index.jte", view);
    }

    /** {@code report.md}: the page's sections, tables and verdicts, the charts linked as PNG. */
    static String markdown(ReportView view) {
        return BLANK_LINES.matcher(render(MARKDOWN, "report.jte", view)).replaceAll("\n\n");
    }

    private static String render(TemplateEngine engine, String template, ReportView view) {
        StringOutput output = new StringOutput();
        engine.render(template, view, output);
        return output.toString();
    }
}
