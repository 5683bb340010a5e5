package dev.vtvsreactive.bench.context;

import dev.vtvsreactive.bench.ConsoleTable;
import dev.vtvsreactive.bench.context.ContextPropagationReport.PropagationRun;
import dev.vtvsreactive.lesson.context.LineKind;
import dev.vtvsreactive.lesson.context.Request;
import dev.vtvsreactive.lesson.context.RequestIdCheck;
import dev.vtvsreactive.lesson.context.RequestLog;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** The context-propagation report as a table: per model and propagation, which lines got their request's id. */
public final class ContextPropagationConsole {

    private ContextPropagationConsole() {
    }

    /** {@code report} as text, ending with a newline. */
    public static String render(ContextPropagationReport report) {
        List<String> text = new ArrayList<>();
        text.add(String.format(Locale.ROOT, "Context propagation: does the request id reach every log line? (Java %s, "
                + "%,d requests at once, the lesson at scale %s)", report.java(), report.requests(), report.scale()));
        text.add("Each request: a virtual thread with its id in the SLF4J MDC (key " + RequestLog.KEY + "; every "
                + Request.UNIDENTIFIED_EVERY + "th request has none), running the gather and then the HTTP example.");
        for (LineKind kind : LineKind.values()) {
            text.add("  " + kind + ": " + kind.description() + " (" + kind.perRequest() + " a request)");
        }
        text.add("A cell is 'all' when every line carried its own request's id, else how many of those lines missed it;");
        text.add("'wrong' counts lines with an id not their own (another request's, or one left on a reused thread).");
        text.add("");
        List<List<String>> rows = new ArrayList<>();
        rows.add(Stream.concat(Stream.of("model", "propagation"),
                Stream.concat(Stream.of(LineKind.values()).map(LineKind::label), Stream.of("wrong"))).toList());
        for (PropagationRun run : report.runs()) {
            List<String> row = new ArrayList<>(List.of(run.model(), run.propagation().label()));
            run.lines().forEach(check -> row.add(cell(check)));
            row.add(String.valueOf(run.wrong()));
            rows.add(row);
        }
        text.addAll(ConsoleTable.lines(rows, column -> column >= 2));
        text.add("");
        report.runs().stream()
                .map(run -> run.propagation().label() + ": " + run.description())
                .distinct()
                .forEach(text::add);
        report.failed().forEach(notRun -> text.add("FAILED: " + notRun.model() + " " + notRun.propagation() + ": " + notRun.reason()));
        return String.join("\n", text) + "\n";
    }

    /**
     * What one kind of line carried, in a word or three: {@code all}; {@code 2,700 of 3,000 logged} when
     * lines due were never logged; {@code 1,800 missing}; or, when none is missing but some carried
     * another's id, {@code 12 wrong}.
     */
    public static String cell(RequestIdCheck check) {
        if (check.allCarried()) {
            return "all";
        }
        if (check.lines() != check.expected()) {
            return String.format(Locale.ROOT, "%,d of %,d logged", check.lines(), check.expected());
        }
        return check.missing() > 0
                ? String.format(Locale.ROOT, "%,d missing", check.missing())
                : String.format(Locale.ROOT, "%,d wrong", check.wrong());
    }
}
