package dev.vtvsreactive.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The flame graphs beside the results: linked where they are, or how to make them. */
class FlameGraphsTest {

    private static final String VIRTUAL_THREADS =
            "dev.vtvsreactive.bench.NoWaitGatherBenchmark.gather-AverageTime-model-virtual-threads-tasks-10000";

    @TempDir
    Path dir;

    @Test
    void linksEveryHtmlPageUnderTheFolderWhereItIsFromWhereverTheReportIs() throws IOException {
        Path results = Fixtures.copy(Fixtures.NO_WAIT, Files.createDirectories(dir.resolve("run")), Rendering.RESULTS);
        Path flames = Files.createDirectories(results.resolveSibling(FlameGraphs.FOLDER));
        Files.writeString(Files.createDirectories(flames.resolve(VIRTUAL_THREADS)).resolve("flame-cpu-forward.html"), "<html/>");
        Files.writeString(Files.createDirectories(flames.resolve("my run")).resolve("flame-alloc-forward.html"), "<html/>");
        Files.writeString(flames.resolve("results.json"), "[]");

        BenchmarkReport report = BenchmarkReport.read(results);
        Path page = report.write(dir.resolve("report"), Optional.empty());

        assertThat(page).content().contains("async-profiler's flame graphs of this run, 2 pages under flamegraphs/",
                "<a href=\"../run/flamegraphs/" + VIRTUAL_THREADS + "/flame-cpu-forward.html\">"
                        + "NoWaitGatherBenchmark.gather-AverageTime-model-virtual-threads-tasks-10000/flame-cpu-forward.html</a>",
                "<a href=\"../run/flamegraphs/my%20run/flame-alloc-forward.html\">my run/flame-alloc-forward.html</a>")
                .doesNotContain("flamegraphs/results.json");
        assertThat(dir.resolve("report/report.md")).content().contains("## Flame graphs",
                "- [my run/flame-alloc-forward.html](../run/flamegraphs/my%20run/flame-alloc-forward.html)");
        assertThat(report.summary()).contains("Flame graphs\nasync-profiler's flame graphs of this run, 2 pages",
                "  " + flames.resolve("my run/flame-alloc-forward.html"));
    }

    @Test
    void saysHowToMakeThemWithoutTheFolder() throws IOException {
        Path results = Fixtures.copy(Fixtures.NO_WAIT, dir, Rendering.RESULTS);
        BenchmarkReport report = BenchmarkReport.read(results);

        Path page = report.write(dir.resolve("report"), Optional.empty());

        assertThat(FlameGraphs.HOW_TO_MAKE).contains("./mvnw verify -Pbench-profile", "docs/profiling.md");
        assertThat(page).content().contains("<h2>Flame graphs</h2>", FlameGraphs.HOW_TO_MAKE);
        assertThat(dir.resolve("report/report.md")).content().contains("## Flame graphs\n\n" + FlameGraphs.HOW_TO_MAKE + "\n\n## Environment");
        assertThat(report.summary()).contains("Flame graphs\n" + FlameGraphs.HOW_TO_MAKE + "\n");
    }
}
