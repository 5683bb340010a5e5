package dev.vtvsreactive.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vtvsreactive.bench.Ideal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

class BenchmarkReportTest {

    /** Every scenario of the sample, as the report titles it. */
    private static final List<String> SCENARIOS = List.of(
            "greet (scale 0.01)", "fetch_data (scale 0.01)", "gather A/B/C (scale 0.01)",
            "HTTP posts + comments (latency 0 ms)", "HTTP posts + comments (latency 10 ms)",
            "HTTP throughput (latency 10 ms)", "FanOutBenchmark.fanOut (n = 100)");
    /** The scenarios with an ideal, which get an overhead chart too: all but the unknown FanOutBenchmark. */
    private static final int WITH_IDEAL = SCENARIOS.size() - 1;
    private static final List<String> MODELS = List.of(
            "virtual-threads", "reactor", "rxjava", "completable-future", "reactor (JDK HttpClient)");

    @TempDir
    Path dir;

    private Path results;
    private BenchmarkReport report;

    @BeforeEach
    void readSample() throws IOException {
        results = Fixtures.copy(Fixtures.RESULTS, Files.createDirectories(dir.resolve("run")));
        report = BenchmarkReport.read(results);
    }

    @Test
    void writesOneSelfContainedWellFormedPageWithEveryScenarioAndModel() throws Exception {
        Path page = report.write(dir.resolve("report"), Optional.empty());

        assertThat(page).isEqualTo(dir.resolve("report").resolve("index.html"));
        Document html = parse(page);
        String text = html.getDocumentElement().getTextContent();
        assertThat(text).contains(SCENARIOS).contains(MODELS).contains("variant").doesNotContain("NaN");
        assertThat(text).contains("Fastest: virtual-threads", "No clear winner", "noisy: error 12.90% of score",
                "no error bar (fewer than 3 iterations)");
        assertThat(html.getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg").getLength())
                .as("one inline time chart per scenario, one overhead chart per scenario with an ideal")
                .isEqualTo(SCENARIOS.size() + WITH_IDEAL);
        assertThat(externalReferences(html)).isEmpty();
        assertThat(Files.readString(page)).doesNotContainPattern("(?i)url\\(\\s*['\"]?(https?:)?//|@import");
    }

    @Test
    void writesAnSvgAndAPngChartPerScenarioNamingEachOfItsModels() throws IOException {
        report.write(dir.resolve("report"), Optional.empty());

        for (Scenario scenario : Scenario.of(JmhJson.parse(results, Files.readAllBytes(results)))) {
            Path svg = dir.resolve("report/charts/" + scenario.slug() + ".svg");
            Path png = dir.resolve("report/charts/" + scenario.slug() + ".png");
            assertThat(Files.readString(svg)).as(svg.toString())
                    .contains(scenario.rows().stream().map(row -> Fixtures.escaped(row.label())).toList())
                    .contains("<title>" + Fixtures.escaped(scenario.title()) + "</title>");
            assertThat(Files.readAllBytes(png)).as(png.toString())
                    .startsWith(0x89, 'P', 'N', 'G')
                    .hasSizeGreaterThan(1_000);
        }
        assertThat(dir.resolve("report/charts/throughput-latencyMs-10.svg")).exists();
    }

    @Test
    void writesAnOverheadChartBelowTheTimeChartOfEveryScenarioWithAnIdeal() throws IOException {
        report.write(dir.resolve("report"), Optional.empty());

        String html = Files.readString(dir.resolve("report/index.html"));
        for (Scenario scenario : Scenario.of(JmhJson.parse(results, Files.readAllBytes(results)))) {
            Path svg = dir.resolve("report/charts/" + scenario.slug() + "-overhead.svg");
            Path png = dir.resolve("report/charts/" + scenario.slug() + "-overhead.png");
            if (scenario.idealInUnit().isEmpty()) {
                assertThat(svg).as("no ideal, no overhead").doesNotExist();
                continue;
            }
            assertThat(Files.readString(svg)).as(svg.toString())
                    .contains("<title>" + Fixtures.escaped(scenario.title()) + ": overhead over the ideal</title>")
                    .contains(scenario.rows().stream().map(row -> Fixtures.escaped(row.label())).toList());
            assertThat(Files.readAllBytes(png)).as(png.toString()).startsWith(0x89, 'P', 'N', 'G');
            assertThat(html.indexOf("charts/" + scenario.slug() + "-overhead.svg"))
                    .as("below its time chart").isGreaterThan(html.indexOf("charts/" + scenario.slug() + ".svg"));
        }
        // fetch_data's virtual-threads: 20.100 ± 0.020 against an ideal of 20: its overhead keeps the error.
        assertThat(dir.resolve("report/charts/fetchData-scale-0.01-overhead.svg")).content()
                .contains("virtual-threads: 0.100 ± 0.020 ms/op");
        assertThat(Files.readString(dir.resolve("report/report.md")))
                .contains("![greet (scale 0.01): overhead over the ideal](charts/greet-scale-0.01-overhead.png)");
    }

    @Test
    void addsTheCpuBoundSectionWhenTheExperimentsJsonIsBesideTheResults() throws Exception {
        Path cpuBound = Fixtures.copy(Fixtures.CPU_BOUND, results.getParent(), CpuBoundResults.FILE);

        Path page = BenchmarkReport.read(results).write(dir.resolve("report"), Optional.empty());

        Document html = parse(page);
        assertThat(html.getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg").getLength())
                .isEqualTo(SCENARIOS.size() + WITH_IDEAL + 2);
        String text = html.getDocumentElement().getTextContent();
        assertThat(text).contains("CPU-bound work on a single loop", "A measured probe, not a JMH benchmark",
                "Quiz. Is an event loop a good choice for CPU-bound work?",
                "virtual-threads: blocked, the heartbeat stalled (worst gap 111.7 ms",
                "Worst gap (ms)", "Reply delay (ms)", "Ticks during CPU", "Wiring", "subscribeOn(Schedulers.parallel())",
                "CPU-bound probe", "Java 25.0.3+9-LTS, 2 processors, scale 0.2");
        for (String chart : List.of("cpu-bound-gaps", "cpu-bound-timeline")) {
            assertThat(dir.resolve("report/charts/" + chart + ".svg")).content().contains("virtual-threads (blocked-yield)");
            assertThat(Files.readAllBytes(dir.resolve("report/charts/" + chart + ".png"))).startsWith(0x89, 'P', 'N', 'G');
        }
        assertThat(dir.resolve("report/cpu-bound.json")).hasSameBinaryContentAs(cpuBound);
        assertThat(dir.resolve("report/report.md")).content()
                .contains("## CPU-bound work on a single loop", "**Quiz.** Is an event loop",
                        "![Worst heartbeat gap](charts/cpu-bound-gaps.png)", "![Heartbeat timeline](charts/cpu-bound-timeline.png)",
                        "| Model | Variant | Worst gap (ms) | × period | Reply delay (ms) | CPU time (ms) | Ticks during CPU | Wiring |",
                        "| reactor | fixed | 10.9 | 1.1× | 0.5 | 107.5 | 10 of ~");
        assertThat(BenchmarkReport.read(results).summary())
                .contains("CPU-bound work on a single loop", "Quiz: Is an event loop")
                .containsPattern("reactor +fixed +10\\.9 +1\\.1×");
    }

    @Test
    void addsTheFanOutSectionAndTheAsyncioBaselineWhenTheirJsonIsBesideTheResults() throws Exception {
        Path fanOut = Fixtures.copy(Fixtures.FAN_OUT, results.getParent(), FanOutResults.FILE);
        Fixtures.copy(Fixtures.ASYNCIO_FAN_OUT, results.getParent(), AsyncioFanOut.FILE);
        Fixtures.copy(Fixtures.ASYNCIO_RESULTS, results.getParent(), BenchmarkReport.ASYNCIO_RESULTS);
        Fixtures.copy(Fixtures.ASYNCIO_ENVIRONMENT, results.getParent(), AsyncioEnvironment.FILE);
        Fixtures.copy(Fixtures.CPU_BOUND, results.getParent(), CpuBoundResults.FILE);
        Fixtures.copy(Fixtures.ASYNCIO_CPU_BOUND, results.getParent(), CpuBoundResults.ASYNCIO_FILE);
        BenchmarkReport withFanOut = BenchmarkReport.read(results);

        Path page = withFanOut.write(dir.resolve("report"), Optional.empty());

        Document html = parse(page);
        assertThat(html.getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg").getLength())
                .isEqualTo(SCENARIOS.size() + WITH_IDEAL + 4);
        assertThat(byId(html, "scenario-gather-scale-0.01")).contains("asyncio (CPython)asyncio baseline30.908 ± 0.140",
                "asyncio (CPython 3.11.7): 30.908 ± 0.140 ms/op");
        assertThat(byId(html, CpuBoundSection.ANCHOR)).contains("asyncio-process-pool (CPython 3.11.7)", "calibrated separately");
        assertThat(byId(html, "environment")).as("the Java facts from the Java records alone")
                .contains("asyncio: Python", "JDK25.0.3 — OpenJDK 64-Bit Server VM 25.0.3+9-LTS\n", "JMH1.37\n",
                        "JVM/usr/lib/jvm/temurin-25-jdk-amd64/bin/java\n");
        assertThat(byId(html, "overview")).contains("asyncio baseline (Python)", "Measured with CPython 3.11.7 in 3 of 7 scenarios",
                "Skipped: the HTTP rows");
        for (String copied : List.of(BenchmarkReport.ASYNCIO_RESULTS, AsyncioEnvironment.FILE, CpuBoundResults.ASYNCIO_FILE)) {
            assertThat(dir.resolve("report").resolve(copied)).exists();
        }
        assertThat(dir.resolve("report/charts/gather-scale-0.01.svg")).content().contains("asyncio (CPython)");
        String section = byId(html, FanOutSection.ANCHOR);
        assertThat(section).contains("Fan-out: N concurrent waits", "A measured probe, not a JMH benchmark",
                "Java 25.0.3+9-LTS, 2 processors: N = 1,000, 10,000 and 100,000, D = 1,000.0 ms",
                "-Xmx4g -XX:+UseG1GC -XX:NativeMemoryTracking=summary", "1 warm-up run",
                "asyncio (CPython 3.11.7): asyncio.gather over N asyncio.sleep(D) tasks",
                "N = 100,000: completable-future had the least overhead", "virtual threads hold ≤ 1 KB", "not measured here",
                "platform-thread-per-task (pitfall)", "RSS growth/task (B)", "Not run",
                "not run: completable-future fixed-pool-200 (pitfall) at N = 10,000: pitfall skipped: about 50256 ms expected");
        assertThat(byId(html, "overview")).contains("Fan-out: N concurrent waits",
                "N = 100,000: completable-future had the least overhead");
        for (String chart : List.of(FanOutCharts.OVERHEAD, FanOutCharts.MEMORY)) {
            assertThat(dir.resolve("report/charts/" + chart + ".svg")).content()
                    .contains("virtual-threads platform-thread-per-task (pitfall)", "asyncio (CPython 3.11.7)");
            assertThat(Files.readAllBytes(dir.resolve("report/charts/" + chart + ".png"))).startsWith(0x89, 'P', 'N', 'G');
        }
        assertThat(dir.resolve("report/fan-out.json")).hasSameBinaryContentAs(fanOut);
        assertThat(dir.resolve("report/" + AsyncioFanOut.FILE)).exists();
        assertThat(dir.resolve("report/report.md")).content().contains("## Fan-out: N concurrent waits",
                "![Fan-out overhead over the ideal](charts/fan-out-overhead.png)",
                "| Model | Variant | N | Wall (ms) | Ideal (ms) | Overhead (ms) | Heap/task (B) |",
                "| asyncio (CPython 3.11.7) | idiom | 100,000 | 3,875.8 |");
        assertThat(withFanOut.summary()).contains("Fan-out: N concurrent waits\nModel", "Targets\n");
    }

    @Test
    void saysTheExperimentsDidNotRunWhenTheirJsonIsMissing() throws IOException {
        Path page = report.write(dir.resolve("report"), Optional.empty());

        String notRun = "Not run: no cpu-bound.json beside results.json.";
        String fanOutNotRun = "Not run: no fan-out.json (nor asyncio-fan-out.json) beside results.json.";
        assertThat(Files.readString(page)).contains("CPU-bound work on a single loop", notRun, "Fan-out: N concurrent waits", fanOutNotRun,
                "asyncio baseline skipped: no asyncio-environment.json beside results.json");
        assertThat(dir.resolve("report/report.md")).content().contains("## CPU-bound work on a single loop\n\n" + notRun,
                "## Fan-out: N concurrent waits\n\n" + fanOutNotRun);
        assertThat(report.summary()).contains("CPU-bound work on a single loop\n" + notRun, "Fan-out: N concurrent waits\n" + fanOutNotRun)
                .endsWith("\nasyncio baseline skipped: " + AsyncioEnvironment.NO_FILE + "\n");
        assertThat(dir.resolve("report/charts/cpu-bound-gaps.svg")).doesNotExist();
        assertThat(dir.resolve("report/charts/fan-out-overhead.svg")).doesNotExist();
    }

    @Test
    void removesTheExperimentsChartsAndCopiesWhenRenderedAgainWithoutThem() throws IOException {
        Path cpuBound = Fixtures.copy(Fixtures.CPU_BOUND, results.getParent(), CpuBoundResults.FILE);
        Path fanOut = Fixtures.copy(Fixtures.FAN_OUT, results.getParent(), FanOutResults.FILE);
        BenchmarkReport.read(results).write(dir.resolve("report"), Optional.empty());
        Files.delete(cpuBound);
        Files.delete(fanOut);

        BenchmarkReport.read(results).write(dir.resolve("report"), Optional.empty());

        assertThat(dir.resolve("report/charts/cpu-bound-gaps.png")).doesNotExist();
        assertThat(dir.resolve("report/charts/cpu-bound-timeline.svg")).doesNotExist();
        assertThat(dir.resolve("report/charts/fan-out-memory.svg")).doesNotExist();
        assertThat(dir.resolve("report/cpu-bound.json")).doesNotExist();
        assertThat(dir.resolve("report/fan-out.json")).doesNotExist();
        assertThat(dir.resolve("report/index.html")).content()
                .contains(Fixtures.escaped(CpuBoundSection.NOT_RUN), Fixtures.escaped(FanOutSection.NOT_RUN));
    }

    @Test
    void keepsTheExperimentsFilesWhenTheReportIsWrittenBesideThem() throws IOException {
        Path fanOut = Fixtures.copy(Fixtures.FAN_OUT, results.getParent(), FanOutResults.FILE);

        BenchmarkReport.read(results).write(results.getParent(), Optional.empty());

        assertThat(fanOut).exists();
        assertThat(results.resolveSibling("index.html")).content().contains("completable-future had the least overhead");
    }

    @Test
    void rejectsAFanOutFileBesideTheResultsThatIsNotTheSweepsJson() throws IOException {
        Path fanOut = Files.writeString(results.resolveSibling(FanOutResults.FILE), "{\"scenario\": \"gather\"}");

        assertThatThrownBy(() -> BenchmarkReport.read(results))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(fanOut + " is not a fan-out experiment report");
    }

    @Test
    void rejectsAFileBesideTheResultsThatIsNotTheExperimentsJson() throws IOException {
        Path cpuBound = Files.writeString(results.resolveSibling(CpuBoundResults.FILE), "{\"scenario\": \"gather\"}");

        assertThatThrownBy(() -> BenchmarkReport.read(results))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(cpuBound + " is not a CPU-bound experiment report");
    }

    @Test
    void writesTheSameTablesAndVerdictsInMarkdown() throws IOException {
        report.write(dir.resolve("report"), Optional.empty());

        String markdown = Files.readString(dir.resolve("report/report.md"));
        assertThat(markdown).contains(SCENARIOS.stream().map(title -> "## " + title).toList())
                .contains("| Model | Time (ms/op, ± 99.9% CI) | Ideal (ms/op) | Overhead (ms/op) | Allocation (B/op) | Flags |")
                .contains("| virtual-threads | 20.100 ± 0.020 | 20.000 | +0.100 (+0.50%) | 1,104.0 ± 2.2 |")
                .contains("| reactor (JDK HttpClient) *(variant)* | 10.550 ± 0.070 | 10.000 |")
                .contains("| FanOutBenchmark.fanOut (n = 100) | Fastest: virtual-threads")
                .contains("![greet (scale 0.01)](charts/greet-scale-0.01.png)")
                .contains("| JDK | 25.0.3 — OpenJDK 64-Bit Server VM 25.0.3+9-LTS |")
                .doesNotContain("NaN");
    }

    @Test
    void copiesTheRawResultsAndCapturesTheMachine() throws IOException {
        report.write(dir.resolve("report"), Optional.empty());

        assertThat(dir.resolve("report/results.json")).hasSameBinaryContentAs(results);
        String environment = Files.readString(dir.resolve("report/environment.json"));
        assertThat(environment).contains("\"capturedAt\"", "\"cpus\" : " + Runtime.getRuntime().availableProcessors(),
                "\"gitCommit\"", "\"javaVendor\"");
        assertThat(Files.readString(dir.resolve("report/index.html")))
                .contains("(when this report was written)", "1.37", "-Xms1g -Xmx1g", "varies: 3 × 1 s / 1 × 1 s",
                        "JDK vendor", "Git commit", "Memory");
    }

    @Test
    void rejectsASavedEnvironmentThatIsNotOneClearly() throws IOException {
        Path run = results.getParent();
        Files.move(results, run.resolve("results.json"));
        Files.writeString(run.resolve("environment.json"), "{\"capturedAt\": \"yesterday\"}");

        assertThatThrownBy(() -> BenchmarkReport.read(run.resolve("results.json")).write(dir.resolve("report"), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(run.resolve("environment.json").toString())
                .hasMessageContaining("is not an environment file written by this report");
    }

    @Test
    void reusesTheEnvironmentSavedWithTheResultsWhenRenderingAgain() throws IOException {
        report.write(dir.resolve("first"), Optional.empty());
        String saved = Files.readString(dir.resolve("first/environment.json"));
        Path savedRun = dir.resolve("first/results.json");

        Path page = BenchmarkReport.read(savedRun).write(dir.resolve("again"), Optional.empty());

        assertThat(Files.readString(dir.resolve("again/environment.json"))).isEqualTo(saved);
        assertThat(Files.readString(page)).contains("saved with these results; this report was rendered again from them");
    }

    @Test
    void rendersInPlaceWithoutCopyingTheResultsOntoThemselves() throws IOException {
        report.write(dir.resolve("first"), Optional.empty());
        byte[] before = Files.readAllBytes(dir.resolve("first/results.json"));

        BenchmarkReport.read(dir.resolve("first/results.json")).write(dir.resolve("first"), Optional.empty());

        assertThat(Files.readAllBytes(dir.resolve("first/results.json"))).isEqualTo(before);
        assertThat(Files.readString(dir.resolve("first/index.html"))).contains("rendered again from them");
    }

    @Test
    void ignoresAnEnvironmentSavedForOtherResults() throws IOException {
        report.write(dir.resolve("first"), Optional.empty());
        Path other = Fixtures.copy(Fixtures.BASELINE, dir.resolve("first"));
        Files.move(other, dir.resolve("first/results.json"), StandardCopyOption.REPLACE_EXISTING);

        Path page = BenchmarkReport.read(dir.resolve("first/results.json")).write(dir.resolve("second"), Optional.empty());

        assertThat(Files.readString(page)).contains("(when this report was written)");
    }

    @Test
    void comparesWithABaselineRowByRow() throws IOException {
        BenchmarkReport older = BenchmarkReport.read(Fixtures.copy(Fixtures.BASELINE, dir));

        Path page = report.write(dir.resolve("report"), Optional.of(older));

        String html = Files.readString(page);
        assertThat(html).contains("vs baseline", "4.19% faster (outside error)", "1.01% slower (outside error)",
                "not in baseline", "Only in the baseline", "HTTP posts + comments (latency 50 ms)");
        assertThat(Files.readString(dir.resolve("report/report.md"))).contains("| vs baseline |", "within error");
    }

    @Test
    void removesChartsOfScenariosNoLongerInTheReport() throws IOException {
        Path stale = Files.createDirectories(dir.resolve("report/charts")).resolve("gone-scale-1.svg");
        Files.writeString(stale, "<svg/>");

        report.write(dir.resolve("report"), Optional.empty());

        assertThat(stale).doesNotExist();
    }

    @Test
    void summarisesEveryRowForTheConsole() {
        String summary = report.summary();

        assertThat(summary.lines().filter(line -> line.startsWith("Scenario ")).findFirst().orElseThrow())
                .contains("Scenario", "Model", "Time (± 99.9% CI)", "Ideal", "Overhead", "Allocation", "Flags");
        assertThat(summary).contains(
                "gather A/B/C (scale 0.01)", "31.000 ± 4.000 ms/op", "30.000 ms/op", "+1.000 ms/op", "9,120.8 ± 18.2 B/op",
                "noisy: error 12.90% of score", "104.500 ms/op", "no error bar (fewer than 3 iterations)",
                "fetch_data (scale 0.01): Fastest: virtual-threads")
                .doesNotContain("NaN");
    }

    private static Document parse(Path page) throws ParserConfigurationException, SAXException, IOException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(page.toFile());
    }

    /** The text of the element whose {@code id} is {@code id}; fails without one. */
    private static String byId(Document html, String id) throws XPathExpressionException {
        Element element = (Element) XPathFactory.newInstance().newXPath()
                .evaluate("//*[@id='" + id + "']", html, XPathConstants.NODE);
        assertThat(element).as("element #" + id).isNotNull();
        return element.getTextContent();
    }

    /** Every src, href or xlink:href that points off the page's own directory. */
    private static List<String> externalReferences(Document html) {
        List<String> external = new ArrayList<>();
        NodeList elements = html.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < elements.getLength(); i++) {
            Element element = (Element) elements.item(i);
            for (String attribute : List.of("src", "href", "xlink:href")) {
                String value = element.getAttribute(attribute);
                if (value.matches("(?i)^\\s*(https?:|//|file:).*")) {
                    external.add(element.getTagName() + " " + attribute + "=" + value);
                }
            }
        }
        return external;
    }
}
