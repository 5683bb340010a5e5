package dev.vtvsreactive.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.vtvsreactive.report.PerTask.Measure;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The no-wait scenarios, named for what they are, and the machinery per task: each divided by N, against N. */
class PerTaskTest {

    @TempDir
    Path dir;

    private Path results;

    @BeforeEach
    void copySample() {
        results = Fixtures.copy(Fixtures.NO_WAIT, dir, Rendering.RESULTS);
    }

    @Test
    void namesTheNoWaitScenariosForWhatTheyAreAfterTheLessonsOwn() {
        List<Scenario> scenarios = scenarios();

        assertThat(scenarios).extracting(Scenario::title).containsExactly("gather A/B/C (scale 0.01)", "greet, no wait",
                "fetch_data, no wait", "gather of 3, no wait", "gather of 100, no wait", "gather of 10,000, no wait");
        assertThat(scenarios).extracting(Scenario::slug).containsExactly("gather-scale-0.01", "no-wait-greet",
                "no-wait-fetchData", "no-wait-gather-tasks-3", "no-wait-gather-tasks-100", "no-wait-gather-tasks-10000");
        assertThat(scenarios.getLast().description()).contains("Ideal: zero");
        assertThat(scenarios.getLast().idealInUnit()).hasValue(0.0);
    }

    @Test
    void dividesEachMeasureAndItsIntervalByN() {
        PerTask perTask = PerTask.of(scenarios()).orElseThrow();

        assertThat(perTask.tasks()).containsExactly(3, 100, 10_000);
        assertThat(perTask.unit(Measure.TIME)).isEqualTo("us/task");
        assertThat(perTask.unit(Measure.ALLOCATION)).isEqualTo("B/task");
        Metric reactorCpu = perTask.perTask(Measure.CPU_TIME, "reactor", 10_000).orElseThrow();
        assertThat(reactorCpu.score()).as("129,000,000 ns / 10,000").isCloseTo(12.9, within(1e-9));
        assertThat(reactorCpu.error()).isCloseTo(15.809018, within(1e-6));
        assertThat(perTask.perTask(Measure.TIME, "completable-future", 10_000).orElseThrow().score())
                .as("19,380.603 us / 10,000").isCloseTo(1.9380603, within(1e-6));
        assertThat(perTask.perTask(Measure.ALLOCATION, "virtual-threads", 100)).as("241,170.1 ± 404,598.8 B").isEmpty();
        assertThat(perTask.rows()).contains(List.of("virtual-threads", "100", "17.3 ± 59.9", "14.8 ± 42.1",
                ScenarioTable.NOT_MEASURABLE, String.join("; ", scenarios().get(4).rows().getFirst().flags())));
        assertThat(perTask.growth()).startsWith("From N = 3 to N = 10,000, the CPU time per task went: virtual-threads"
                        + " 50.2 → 17.1 us/task (×0.340), reactor 54.2 → 12.9 us/task (×0.238)")
                .endsWith("read the orders of magnitude only.");
        assertThat(perTask.growthSettled()).isFalse();
        assertThat(PerTask.of(scenarios().subList(0, 3))).as("no no-wait gather").isEmpty();
    }

    @Test
    void chartsTimeCpuTimeAndAllocationPerTaskOnLogAxesWithAsyncioOutOfTheAllocationChart() throws IOException {
        Fixtures.copy(Fixtures.ASYNCIO_NO_WAIT, dir, BenchmarkReport.ASYNCIO_RESULTS);
        BenchmarkReport report = BenchmarkReport.read(results);

        Path page = report.write(dir.resolve("report"), Optional.empty());

        Path charts = dir.resolve("report/charts");
        assertThat(charts.resolve("no-wait-per-task-time.svg")).content()
                .contains("<title>Time per task as N grows, nothing to wait for</title>", "asyncio (CPython) N=10,000: 12.1 ± 6.4 us/task");
        assertThat(charts.resolve("no-wait-per-task-cpu.svg")).content()
                .contains("reactor N=10,000: 12.9 ± 15.8 us/task", "asyncio (CPython) N=10,000: 12.1 ± 6.4 us/task");
        assertThat(charts.resolve("no-wait-per-task-allocation.svg")).content()
                .contains("completable-future N=100: 485.4 ± 1.8 B/task").doesNotContain("virtual-threads N=100", "asyncio");
        assertThat(charts.resolve("no-wait-per-task-allocation.png")).isNotEmptyFile();
        String html = Files.readString(page);
        assertThat(html).contains("Machinery per task: gathers with nothing to wait for", "Per task as N grows.",
                "asyncio/bench.py measures no allocation (Python has no counterpart of -prof gc)", "Allocations not measurable in this run are left out.",
                "points have an interval wider than their value: read their order of magnitude only.");
        assertThat(html.indexOf("id=\"" + PerTaskSection.ANCHOR + "\"")).as("after the scenarios")
                .isGreaterThan(html.indexOf("id=\"scenario-no-wait-gather-tasks-10000\""));
        assertThat(dir.resolve("report/report.md")).content().contains("## Machinery per task: gathers with nothing to wait for",
                "![CPU time per task as N grows, nothing to wait for](charts/no-wait-per-task-cpu.png)",
                "| Model | N | Time per task (us/task, ± 99.9% CI) | CPU time per task (us/task, ± 99.9% CI) |",
                "| asyncio (CPython) *(asyncio baseline)* | 10,000 | 12.1 ± 6.4 | 12.1 ± 6.4 | — |");
        assertThat(report.summary()).contains("Machinery per task: gathers with nothing to wait for\nModel",
                "asyncio (CPython): time per task 14.29 ± 0.20 us/task at N = 3", "CPU time per task 14.29 ± 0.20 us/task at N = 3");
    }

    @Test
    void saysHowToMeasureTheMachineryWhenTheRunHasNoNoWaitGather() throws IOException {
        Path withoutNoWait = Fixtures.copy(Fixtures.RESULTS, dir);

        BenchmarkReport report = BenchmarkReport.read(withoutNoWait);
        Path page = report.write(dir.resolve("report"), Optional.empty());

        assertThat(page).content().contains(PerTaskSection.NOT_RUN);
        assertThat(report.summary()).contains(PerTaskSection.TITLE + "\n" + PerTaskSection.NOT_RUN);
        assertThat(dir.resolve("report/charts/no-wait-per-task-time.svg")).doesNotExist();
    }

    private List<Scenario> scenarios() {
        return Fixtures.scenarios(results);
    }
}
