package dev.vtvsreactive.report;

import static dev.vtvsreactive.report.Fixtures.loadResults;
import static dev.vtvsreactive.report.Fixtures.sustainedRun;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.vtvsreactive.bench.load.LoadRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The "Latency under load" section: found beside results.json, told on the page, in the Markdown and on the console. */
class LoadSectionTest {

    @TempDir
    Path dir;

    private Path results;

    @BeforeEach
    void copyResults() throws IOException {
        results = Fixtures.copy(Fixtures.RESULTS, Files.createDirectories(dir.resolve("run")), Rendering.RESULTS);
    }

    @Test
    void rendersBothSidesLoadBesideTheResultsOnThePageInTheMarkdownAndOnTheConsole() throws IOException {
        Path load = Fixtures.copy(Fixtures.LOAD, results.getParent(), LoadResults.FILE);
        Fixtures.copy(Fixtures.ASYNCIO_LOAD, results.getParent(), AsyncioLoad.FILE);
        Fixtures.copy(Fixtures.ASYNCIO_ENVIRONMENT, results.getParent(), AsyncioEnvironment.FILE);
        BenchmarkReport report = BenchmarkReport.read(results);

        Path page = report.write(dir.resolve("report"), Optional.empty());

        String html = Files.readString(page);
        String section = html.substring(html.indexOf("<section class=\"card\" id=\"load\">"));
        section = section.substring(0, section.indexOf("</section>"));
        assertThat(section).contains("<h2>Latency under load</h2>", "each GET due at its time whatever the earlier ones are doing",
                "Server: own JVM (pid 4242), CPUs shared with the client (0-1); its ceiling, closed loop: 9,650.4 GETs/s",
                Fixtures.escaped("asyncio (asyncio/load.py) runs the same schedule"), "A measured probe, not a JMH benchmark",
                "<strong>Verdict.</strong> Most GETs/s sustained: reactor and virtual-threads tie at 2,000/s",
                "<li>rxjava: sustained up to 1,000/s, p99 11.6 ms; at 2,000/s: p99 27.3 ms over the 20.0 ms bound.</li>",
                "href=\"charts/load-p99.svg\"", "href=\"charts/load-latency-4000.png\"", "<th>p99.9 (ms)</th>",
                "<td class=\"num\">4,960.2</td>");
        assertThat(html).contains("<a href=\"#load\">Latency under load</a></td><td>Most GETs/s sustained",
                "in the load section", "<a href=\"load.json\">load.json</a> (the open-loop load)",
                "<a href=\"asyncio-load.json\">asyncio-load.json</a> (asyncio's load)");
        for (String chart : List.of(LoadCharts.P99, LoadCharts.LATENCY + 500, LoadCharts.LATENCY + 4_000)) {
            assertThat(dir.resolve("report/charts/" + chart + ".svg")).content().contains("completable-future",
                    Fixtures.escaped("asyncio (CPython 3.12.3)"));
            assertThat(Files.readAllBytes(dir.resolve("report/charts/" + chart + ".png"))).startsWith(0x89, 'P', 'N', 'G');
        }
        assertThat(dir.resolve("report/charts/load-p99.svg")).content().contains("sustained: p99 ≤ 20.0 ms");
        assertThat(dir.resolve("report/" + LoadResults.FILE)).hasSameBinaryContentAs(load);
        assertThat(dir.resolve("report/" + AsyncioLoad.FILE)).exists();
        assertThat(dir.resolve("report/report.md")).content().contains("## Latency under load\n\nThe lesson's GETs",
                "![p99 latency against the offered rate](charts/load-p99.png)",
                "![Latency by percentile at 2,000 GETs/s](charts/load-latency-2000.png)",
                "| Model | Rate (GETs/s) | Achieved (GETs/s) | p50 (ms) | p90 (ms) | p99 (ms) | p99.9 (ms) | Max (ms) | Errors |",
                "| asyncio (CPython 3.12.3) | 500 | 499.7 (99.94%) | 10.9 | 11.6 | 12.5 | 15.2 | 18.3 | 0 | 182.4 | — | 1 | yes |");
        assertThat(report.summary()).contains("\nLatency under load\nPlan: 500, 1000, 2000, 4000 GETs/s",
                "\nVerdicts\nMost GETs/s sustained: reactor and virtual-threads tie at 2,000/s");
    }

    @Test
    void saysTheLoadWasNotMeasuredAndHowWhenNeitherFileIsBesideTheResults() throws IOException {
        BenchmarkReport report = BenchmarkReport.read(results);

        Path page = report.write(dir.resolve("report"), Optional.empty());

        String notMeasured = "Not measured: no load.json (nor asyncio-load.json) beside results.json. To measure it: ./compare"
                + " load --save target/report/load.json (or ./mvnw verify), then render the report again.";
        assertThat(notMeasured).isEqualTo(LoadSection.NOT_RUN);
        assertThat(Files.readString(page)).contains("<h2>Latency under load</h2>", Fixtures.escaped(notMeasured));
        assertThat(dir.resolve("report/report.md")).content().contains("## Latency under load\n\n" + notMeasured);
        assertThat(report.summary()).contains("\nLatency under load\n" + notMeasured + "\n");
        assertThat(dir.resolve("report/charts/load-p99.svg")).doesNotExist();
    }

    @Test
    void rendersAsyncioAloneAndRemovesTheChartsAndCopiesOfAnEarlierSweep() throws IOException {
        Path load = Fixtures.copy(Fixtures.LOAD, results.getParent(), LoadResults.FILE);
        BenchmarkReport.read(results).write(dir.resolve("report"), Optional.empty());
        Files.delete(load);
        Path asyncio = Files.writeString(results.resolveSibling(AsyncioLoad.FILE),
                Fixtures.asyncioLoad(sustainedRun("asyncio", 500, 12)).toJson());

        BenchmarkReport report = BenchmarkReport.read(results);
        report.write(dir.resolve("report"), Optional.empty());

        assertThat(dir.resolve("report/" + LoadResults.FILE)).doesNotExist();
        assertThat(dir.resolve("report/" + AsyncioLoad.FILE)).hasSameBinaryContentAs(asyncio);
        assertThat(dir.resolve("report/charts/load-latency-4000.svg")).doesNotExist();
        assertThat(dir.resolve("report/charts/load-latency-500.svg")).content().doesNotContain("virtual-threads");
        assertThat(dir.resolve("report/index.html")).content().contains("No Java model ran. asyncio (CPython 3.12.3) not judged",
                "no bound drawn: asyncio-load.json holds no plan");
        assertThat(report.summary()).contains("\nLatency under load\nPlan: not known: asyncio-load.json holds no plan");
    }

    @Test
    void rejectsALoadFileBesideTheResultsThatIsNotTheSweepsJson() throws IOException {
        Path load = Files.writeString(results.resolveSibling(LoadResults.FILE), "{\"scenario\": \"fanout\"}");

        assertThatIllegalArgumentException().isThrownBy(() -> BenchmarkReport.read(results))
                .withMessage(load + " is not a load experiment report: its \"scenario\" is 'fanout', not 'load'");
    }

    @Test
    void drawsNoP99ChartWhenNoGetWasAnsweredAndOneChartPerRateThatHadAnswers() throws IOException {
        LoadRun refused = new LoadRun("reactor", 500, 5_000, 0, 5_000, "connection refused", 0,
                new LoadRun.Percentiles(0, 0, 0, 0, 0), List.of(), 40, 1_000.0, 12);
        Path charts = Files.createDirectories(dir.resolve("charts"));

        LoadCharts.Files nothing = LoadCharts.write(loadResults(refused), charts);
        LoadCharts.Files some = LoadCharts.write(loadResults(refused, sustainedRun("reactor", 1_000, 12)), charts);

        assertThat(nothing.p99()).isEmpty();
        assertThat(nothing.latencyByRate()).isEmpty();
        assertThat(some.p99()).isPresent();
        assertThat(some.latencyByRate()).containsOnlyKeys(1_000);
    }

    @Test
    void labelsThePercentileAxisOnWholeNines() {
        assertThat(List.of(0.0, 0.5, 1.0, 2.0, 3.0, 4.0)).extracting(LoadCharts::percentileLabel)
                .containsExactly("0 %", "", "90 %", "99 %", "99.9 %", "99.99 %");
        assertThat(LoadCharts.nines(99.9)).isCloseTo(3, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(LoadCharts.nines(50)).isCloseTo(Math.log10(2), org.assertj.core.data.Offset.offset(1e-9));
    }
}
