package dev.vtvsreactive.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CPU time per operation beside the time and the allocation: in every table, chart and summary, in a readable unit. */
class CpuTimeTest {

    @TempDir
    Path dir;

    @Test
    void showsEachScenariosCpuTimeInTheUnitThatMakesItsLeastReadAtLeastOne() {
        List<Scenario> scenarios = Fixtures.scenarios(Fixtures.copy(Fixtures.NO_WAIT, dir));
        Scenario gather = scenarios.getFirst();
        Scenario greet = scenarios.get(1);

        assertThat(gather.cpuUnit()).as("2,461,538 ns the least").isEqualTo("ms/op");
        assertThat(greet.cpuUnit()).as("37,563 ns the least").isEqualTo("us/op");
        ScenarioTable table = ScenarioTable.of(gather, Optional.empty());
        assertThat(table.headers()).containsExactly("Model", "Time (ms/op, ± 99.9% CI)", "Ideal (ms/op)", "Overhead (ms/op)",
                "CPU time (ms/op, ± 99.9% CI)", "Allocation (B/op)", ScenarioTable.FLAGS);
        assertThat(table.lines().getFirst().cells()).startsWith("virtual-threads", "32.534 ± 2.987", "30.000", "+2.534 (+8.45%)",
                "4.22 ± 4.44");
        assertThat(ScenarioTable.cpuTime(greet, greet.rows().getLast())).isEqualTo("37.6 ± 19.3");
    }

    @Test
    void leavesTheColumnOutWhereNoRowMeasuredIt() throws IOException {
        Path without = Fixtures.copy(Fixtures.RESULTS, dir);
        Scenario greet = Fixtures.scenarios(without).getFirst();

        assertThat(greet.hasCpuTime()).isFalse();
        assertThat(ScenarioTable.of(greet, Optional.empty()).headers()).noneMatch(header -> header.startsWith("CPU time"));
        assertThat(BenchmarkReport.read(without).summary().lines().filter(line -> line.startsWith("Scenario ")).findFirst().orElseThrow())
                .contains("Overhead").doesNotContain("CPU time");
    }

    @Test
    void chartsEachScenariosCpuTimeBelowItsTimeAndPrintsItInTheSummary() throws IOException {
        BenchmarkReport report = BenchmarkReport.read(Fixtures.copy(Fixtures.NO_WAIT, dir, Rendering.RESULTS));

        Path page = report.write(dir.resolve("report"), Optional.empty());

        Path chart = dir.resolve("report/charts/gather-scale-0.01-cpu.svg");
        assertThat(chart).content().contains("<title>gather A/B/C (scale 0.01): CPU time per operation</title>",
                "completable-future: 2.46 ± 1.32 ms/op");
        assertThat(dir.resolve("report/charts/gather-scale-0.01-cpu.png")).isNotEmptyFile();
        String html = Files.readString(page);
        assertThat(html.indexOf("charts/gather-scale-0.01-cpu.svg"))
                .as("below the time chart").isGreaterThan(html.indexOf("charts/gather-scale-0.01.svg"));
        assertThat(dir.resolve("report/report.md")).content()
                .contains("| Model | Time (ms/op, ± 99.9% CI) | Ideal (ms/op) | Overhead (ms/op) | CPU time (ms/op, ± 99.9% CI) |",
                        "![gather A/B/C (scale 0.01): CPU time per operation](charts/gather-scale-0.01-cpu.png)");
        assertThat(report.summary()).containsPattern("gather A/B/C \\(scale 0\\.01\\) +completable-future +31\\.328 ± 2\\.513 ms/op"
                + " +30\\.000 ms/op +\\+1\\.328 ms/op +2\\.46 ± 1\\.32 ms/op");
    }

    @Test
    void convertsBetweenTimeUnitsAndPicksTheReadableOne() {
        assertThat(TimeUnits.readable(999)).isEqualTo("ns/op");
        assertThat(TimeUnits.readable(37_563)).isEqualTo("us/op");
        assertThat(TimeUnits.readable(170_666_666)).isEqualTo("ms/op");
        assertThat(TimeUnits.readable(2e9)).isEqualTo("s/op");
        assertThat(TimeUnits.readable(0)).isEqualTo("ns/op");
        assertThat(TimeUnits.convert(new Metric(37_563, 19_271, "ns/op"), "us/op")).isEqualTo(new Metric(37.563, 19.271, "us/op"));
        assertThat(TimeUnits.convert(new Metric(2, Double.NaN, "ms/op"), "us/op").hasErrorBar()).isFalse();
    }
}
