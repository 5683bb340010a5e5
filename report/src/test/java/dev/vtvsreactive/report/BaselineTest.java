package dev.vtvsreactive.report;

import static dev.vtvsreactive.report.Fixtures.greet;
import static dev.vtvsreactive.report.Fixtures.scenario;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.vtvsreactive.bench.Ideal;
import dev.vtvsreactive.report.Baseline.Change;
import dev.vtvsreactive.report.Baseline.Comparison;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineTest {

    @TempDir
    Path dir;

    private List<Scenario> current;
    private Baseline baseline;

    @BeforeEach
    void readSamples() throws IOException {
        Path results = Fixtures.copy(Fixtures.RESULTS, dir);
        Path older = Fixtures.copy(Fixtures.BASELINE, dir);
        current = Scenario.of(JmhJson.parse(results, Files.readAllBytes(results)));
        baseline = new Baseline(Scenario.of(JmhJson.parse(older, Files.readAllBytes(older))));
    }

    @Test
    void classifiesEachChangeAgainstBothErrorIntervals() {
        Scenario fetch = find(Ideal.FETCH_DATA, "scale", "0.01");

        assertThat(change(fetch, "virtual-threads")).isEqualTo(Change.SLOWER);
        assertThat(change(fetch, "reactor")).isEqualTo(Change.FASTER);
        assertThat(change(fetch, "rxjava")).isEqualTo(Change.WITHIN_ERROR);
        assertThat(change(fetch, "completable-future")).isEqualTo(Change.WITHIN_ERROR);
    }

    @Test
    void reportsThePercentageFasterOrSlower() {
        Scenario fetch = find(Ideal.FETCH_DATA, "scale", "0.01");

        Comparison slower = compare(fetch, "virtual-threads");
        assertThat(slower.delta().getAsDouble()).isCloseTo((20.100 - 19.900) / 19.900, within(1e-12));
        assertThat(slower.text()).isEqualTo("1.01% slower (outside error)");
        assertThat(compare(fetch, "reactor").text()).isEqualTo("4.19% faster (outside error)");
        assertThat(compare(fetch, "rxjava").text()).isEqualTo("0.10% faster (within error)");
        assertThat(compare(fetch, "completable-future").text()).isEqualTo("no change (within error)");
    }

    @Test
    void rowsWithoutErrorBarAreNotJudged() {
        Comparison throughput = compare(find(Ideal.THROUGHPUT, "latencyMs", "10"), "virtual-threads");

        assertThat(throughput.change()).isEqualTo(Change.NO_ERROR_BAR);
        assertThat(throughput.text()).isEqualTo("0.48% faster (no error bar to judge by)");
    }

    @Test
    void marksRowsMissingFromEitherSide() {
        Scenario http = find(Ideal.HTTP, "latencyMs", "10");

        assertThat(change(http, "reactor-jdk-http")).isEqualTo(Change.NOT_IN_BASELINE);
        assertThat(change(find("dev.vtvsreactive.bench.FanOutBenchmark.fanOut", "n", "100"), "reactor"))
                .isEqualTo(Change.NOT_IN_BASELINE);
        assertThat(baseline.onlyInBaseline(current))
                .singleElement()
                .satisfies(gone -> {
                    assertThat(gone.change()).isEqualTo(Change.ONLY_IN_BASELINE);
                    assertThat(gone.scenario().params()).containsEntry("latencyMs", "50");
                    assertThat(gone.baseline().orElseThrow().model()).isEqualTo("virtual-threads");
                });
    }

    @Test
    void unitsThatDifferAreNotCompared() {
        Scenario millis = scenario(greet("reactor", 10.0, 0.1));
        Scenario micros = scenario(Fixtures.record(Ideal.GREET, Map.of("scale", "0.01"), "reactor",
                new Metric(10_000, 100, "us/op")));

        Comparison comparison = new Baseline(List.of(micros)).compare(millis, millis.rows().getFirst());

        assertThat(comparison.change()).isEqualTo(Change.UNITS_DIFFER);
        assertThat(comparison.text()).isEqualTo("units differ");
    }

    private Scenario find(String benchmark, String param, String value) {
        return current.stream()
                .filter(s -> s.benchmark().equals(benchmark) && value.equals(s.params().get(param)))
                .findFirst().orElseThrow();
    }

    private Comparison compare(Scenario scenario, String model) {
        Row row = scenario.rows().stream().filter(r -> r.model().equals(model)).findFirst().orElseThrow();
        return baseline.compare(scenario, row);
    }

    private Change change(Scenario scenario, String model) {
        return compare(scenario, model).change();
    }
}
