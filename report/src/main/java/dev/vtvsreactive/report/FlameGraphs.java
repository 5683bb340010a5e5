package dev.vtvsreactive.report;

import dev.vtvsreactive.bench.Ideal;
import dev.vtvsreactive.report.view.ReportView;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The async-profiler flame graphs in the {@value #FOLDER} folder beside the results (one folder per
 * benchmark and parameters, each with pages such as {@code flame-cpu-forward.html}), linked where they
 * are: never copied, since they are large and the report deletes only what it writes itself.
 *
 * @param folder the {@value #FOLDER} folder beside the results, whether or not it exists
 * @param pages every HTML file under it, in path order; empty without the folder
 */
record FlameGraphs(Path folder, List<Path> pages) {

    /** The folder beside {@code results.json} that {@code ./mvnw verify -Pbench-profile} writes. */
    static final String FOLDER = "flamegraphs";
    /** The section's heading. */
    static final String TITLE = "Flame graphs";
    /** The section's anchor on the page. */
    static final String ANCHOR = "flame-graphs";
    /** What the section says without flame graphs: how to make them. */
    static final String HOW_TO_MAKE = "None: no " + FOLDER + "/ folder with HTML pages beside " + Rendering.RESULTS
            + ". ./mvnw verify -Pbench-profile profiles the benchmarks with async-profiler and writes one flame graph per"
            + " benchmark and parameters there; docs/profiling.md says how.";
    /** JMH names each page's folder after the benchmark's full name: the package is left out of the links' text. */
    private static final String PACKAGE = Ideal.class.getPackageName() + ".";

    FlameGraphs {
        pages = List.copyOf(pages);
    }

    /** The HTML pages under the {@value #FOLDER} folder beside {@code results}. */
    static FlameGraphs beside(Path results) throws IOException {
        Path folder = results.resolveSibling(FOLDER);
        if (!Files.isDirectory(folder)) {
            return new FlameGraphs(folder, List.of());
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return new FlameGraphs(folder, files.filter(file -> Files.isRegularFile(file) && file.toString().endsWith(".html"))
                    .sorted()
                    .toList());
        }
    }

    /** Each page linked from the report's folder {@code outDir}, named by its path under {@value #FOLDER}, the package left out. */
    List<ReportView.Link> links(Path outDir) {
        return pages.stream().map(page -> new ReportView.Link(Links.relative(outDir, page), name(page))).toList();
    }

    /** What the section says above the links, or instead of them. */
    String note() {
        return pages.isEmpty() ? HOW_TO_MAKE : "async-profiler's flame graphs of this run, " + pages.size()
                + " page" + (pages.size() == 1 ? "" : "s") + " under " + FOLDER + "/ beside " + Rendering.RESULTS
                + ", linked where they are; docs/profiling.md says how to read them.";
    }

    /** The section in plain text, for the console: the note, then each page's path. */
    String console() {
        return note() + "\n" + pages.stream().map(page -> "  " + page + "\n").collect(Collectors.joining());
    }

    private String name(Path page) {
        String name = Links.readable(folder, page);
        return name.startsWith(PACKAGE) ? name.substring(PACKAGE.length()) : name;
    }
}
