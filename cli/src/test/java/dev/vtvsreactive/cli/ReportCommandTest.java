package dev.vtvsreactive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vtvsreactive.bench.GatherBenchmark;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code compare report}: renders saved JMH results through {@code BenchmarkReport}. */
@Timeout(120)
class ReportCommandTest {

    @TempDir
    Path scratch;

    @Test
    void writesTheReportBesideTheResultsAndPrintsItsSummaryAndPath() throws IOException {
        Path results = jmhResults("results.json", 31.2, 33.9);

        CompareRun run = CompareRun.of("report", results.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        Path index = scratch.resolve("index.html");
        assertThat(index).isRegularFile();
        assertThat(run.out()).contains("virtual-threads", "reactor").endsWith("report: " + index + System.lineSeparator());
    }

    @Test
    void writesIntoOutComparedWithTheBaseline() throws IOException {
        Path results = jmhResults("new.json", 31.2, 33.9);
        Path baseline = jmhResults("old.json", 35.0, 36.0);
        Path out = scratch.resolve("report");

        CompareRun run = CompareRun.of("report", results.toString(), "--baseline", baseline.toString(), "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(out.resolve("index.html")).isRegularFile();
        assertThat(scratch.resolve("index.html")).doesNotExist();
    }

    @Test
    void addsTheCpuBoundExperimentSavedBesideTheResults() throws IOException {
        Path results = jmhResults("results.json", 31.2, 33.9);
        try (InputStream sample = getClass().getResourceAsStream("/report/sample-cpu-bound.json")) {
            Files.copy(sample, scratch.resolve("cpu-bound.json"));
        }

        CompareRun run = CompareRun.of("report", results.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("CPU-bound work on a single loop", "Quiz: Is an event loop a good choice for CPU-bound work?");
        assertThat(scratch.resolve("index.html")).content().contains("id=\"cpu-bound\"", "charts/cpu-bound-timeline.svg");
    }

    @Test
    void aMissingFileIsAUsageError() {
        Path missing = scratch.resolve("missing.json");

        CompareRun run = CompareRun.of("report", missing.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("no such file: " + missing);
    }

    @Test
    void aFileThatIsNotJmhJsonIsAUsageErrorNamingIt() throws IOException {
        Path notJmh = Files.writeString(scratch.resolve("notes.json"), "{\"not\": \"jmh\"}");

        CompareRun run = CompareRun.of("report", notJmh.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(notJmh.toString()).contains("is not a JMH JSON result file");
        assertThat(run.err()).doesNotContain("\tat ");
    }

    /** JMH's {@code -rf json} for the gather benchmark at scale 0.01 in two models, times in ms/op. */
    private Path jmhResults(String name, double virtualThreadsMillis, double reactorMillis) throws IOException {
        return Files.writeString(scratch.resolve(name),
                "[" + entry("virtual-threads", virtualThreadsMillis) + "," + entry("reactor", reactorMillis) + "]");
    }

    private static String entry(String model, double millis) {
        return """
                {
                  "jmhVersion": "1.37",
                  "benchmark": "dev.vtvsreactive.bench.GatherBenchmark.gather",
                  "mode": "avgt",
                  "threads": 1,
                  "forks": 1,
                  "jvm": "/usr/lib/jvm/temurin-25-jdk-amd64/bin/java",
                  "jvmArgs": [],
                  "jdkVersion": "25.0.3",
                  "vmName": "OpenJDK 64-Bit Server VM",
                  "vmVersion": "25.0.3+9-LTS",
                  "warmupIterations": 2,
                  "warmupTime": "1 s",
                  "warmupBatchSize": 1,
                  "measurementIterations": 3,
                  "measurementTime": "1 s",
                  "measurementBatchSize": 1,
                  "params": {"model": "%s", "scale": "0.01"},
                  "primaryMetric": {
                    "score": %s,
                    "scoreError": 0.8,
                    "scoreConfidence": [%s, %s],
                    "scorePercentiles": {},
                    "scoreUnit": "ms/op",
                    "rawData": [[%s, %s, %s]]
                  },
                  "secondaryMetrics": {}
                }
                """.formatted(model, millis, millis - 0.8, millis + 0.8, millis, millis, millis);
    }
}
