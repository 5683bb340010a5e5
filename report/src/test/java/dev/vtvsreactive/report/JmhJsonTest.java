package dev.vtvsreactive.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vtvsreactive.bench.Ideal;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JmhJsonTest {

    @TempDir
    Path dir;

    @Test
    void readsEveryEntryWithParamsScoresAllocationAndSettings() throws IOException {
        Path sample = Fixtures.copy(Fixtures.RESULTS, dir);

        List<JmhRecord> records = JmhJson.parse(sample, Files.readAllBytes(sample));

        assertThat(records).hasSize(29);
        JmhRecord greet = records.stream()
                .filter(r -> r.benchmark().equals(Ideal.GREET) && r.model().equals("reactor"))
                .findFirst().orElseThrow();
        assertThat(greet.mode()).isEqualTo("avgt");
        assertThat(greet.scenarioParams()).containsExactly(java.util.Map.entry("scale", "0.01"));
        assertThat(greet.primary()).isEqualTo(new Metric(10.112, 0.05, "ms/op"));
        assertThat(greet.allocation()).hasValueSatisfying(bytes -> {
            assertThat(bytes.score()).isEqualTo(5200.0);
            assertThat(bytes.unit()).isEqualTo("B/op");
        });
        assertThat(greet.settings().jdkVersion()).isEqualTo("25.0.3");
        assertThat(greet.settings().jvmArgs()).containsExactly("-Xms1g", "-Xmx1g");
        assertThat(greet.settings().measurementIterations()).isEqualTo(3);
    }

    @Test
    void readsTheCpuTimePerOperationWhereTheCpuTimeProfilerRan() throws IOException {
        Path withCpu = Fixtures.copy(Fixtures.NO_WAIT, dir);
        Path withoutCpu = Fixtures.copy(Fixtures.RESULTS, dir);

        List<JmhRecord> records = JmhJson.parse(withCpu, Files.readAllBytes(withCpu));

        assertThat(records).hasSize(24).allSatisfy(r -> assertThat(r.cpuTime()).isPresent());
        assertThat(records.getFirst().cpuTime()).hasValue(new Metric(4217948.717948718, 4444421.78716918, "ns/op"));
        assertThat(JmhJson.parse(withoutCpu, Files.readAllBytes(withoutCpu))).allSatisfy(r -> assertThat(r.cpuTime()).isEmpty());
    }

    @Test
    void readsJmhsNanErrorAsNoErrorBar() throws IOException {
        Path sample = Fixtures.copy(Fixtures.RESULTS, dir);

        List<JmhRecord> throughput = JmhJson.parse(sample, Files.readAllBytes(sample)).stream()
                .filter(r -> r.benchmark().equals(Ideal.THROUGHPUT))
                .toList();

        assertThat(throughput).hasSize(5).allSatisfy(r -> {
            assertThat(r.primary().hasErrorBar()).isFalse();
            assertThat(r.settings().measurementIterations()).isEqualTo(1);
        });
    }

    @Test
    void readsJmhsInfinitiesAsNumbers() throws IOException {
        Path sample = Fixtures.copy(Fixtures.RESULTS, dir);
        String json = Files.readString(sample);
        String firstEntry = json.substring(json.indexOf('{'), json.indexOf("\n    },") + "\n    }".length());
        String infinite = firstEntry.replaceFirst("\"scoreError\" : [0-9.]+", "\"scoreError\" : \"+INF\"")
                .replaceFirst("\"score\" : [0-9.]+", "\"score\" : \"-INF\"");
        Path file = Files.writeString(dir.resolve("infinite.json"), "[" + infinite + "]");

        Metric primary = JmhJson.parse(file, Files.readAllBytes(file)).getFirst().primary();

        assertThat(primary.score()).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(primary.error()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(primary.hasErrorBar()).isFalse();
    }

    @Test
    void aRunWithoutProfGcHasNoAllocation() throws IOException {
        Path sample = Fixtures.copy(Fixtures.RESULTS, dir);

        assertThat(JmhJson.parse(sample, Files.readAllBytes(sample)))
                .filteredOn(r -> r.benchmark().endsWith("FanOutBenchmark.fanOut"))
                .hasSize(2)
                .allSatisfy(r -> assertThat(r.allocation()).isEmpty());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            {"benchmark": "x"}                                                   | the top level is not an array
            []                                                                   | it holds no benchmark results
            [1, 2                                                                | it is not valid JSON
            [{"mode": "avgt"}]                                                   | entry 1 has no 'benchmark' string
            [{"benchmark": "b", "mode": "avgt", "primaryMetric": {"score": "fast", "scoreError": 1, "scoreUnit": "ms/op"}}] | entry 1 has 'primaryMetric.score' that is not a number ("fast")
            [1]                                                                  | entry 1 is not an object
            [{"benchmark": "b", "mode": "avgt", "forks": "1"}]                   | entry 1 has 'forks' that is not an integer
            """)
    void rejectsWhatIsNotJmhJsonNamingTheFileAndTheProblem(String json, String problem) throws IOException {
        Path file = Files.writeString(dir.resolve("not-jmh.json"), json, StandardCharsets.UTF_8);

        assertThatThrownBy(() -> BenchmarkReport.read(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("is not a JMH JSON result file")
                .hasMessageContaining(problem);
    }

    @Test
    void rejectsTwoResultsForTheSameModelInOneScenario() throws IOException {
        Path sample = Fixtures.copy(Fixtures.RESULTS, dir);
        String json = Files.readString(sample);
        String firstEntry = json.substring(json.indexOf('{'), json.indexOf("\n    },") + "\n    }".length());
        Path twice = Files.writeString(dir.resolve("twice.json"), "[" + firstEntry + "," + firstEntry + "]");

        assertThatThrownBy(() -> BenchmarkReport.read(twice))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(twice.toString())
                .hasMessageContaining("two results for model virtual-threads");
    }
}
