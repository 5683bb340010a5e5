package dev.vtvsreactive.report;

import static dev.vtvsreactive.report.Fixtures.greet;
import static dev.vtvsreactive.report.Fixtures.scenario;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.vtvsreactive.bench.Ideal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RowTest {

    @TempDir
    Path dir;

    @Test
    void overheadIsTheMeasuredTimeMinusTheIdealInTheScoreUnit() {
        Scenario scenario = scenario(greet("virtual-threads", 10.25, 0.05));
        Row row = scenario.rows().getFirst();

        assertThat(row.ideal()).hasValue(10.0);
        assertThat(row.overhead().getAsDouble()).isCloseTo(0.25, within(1e-12));
        assertThat(row.overheadShare().getAsDouble()).isCloseTo(0.025, within(1e-12));
        assertThat(ScenarioTable.overhead(scenario, row)).isEqualTo("+0.250 (+2.50%)");
    }

    @Test
    void theIdealIsConvertedToTheUnitJmhMeasuredIn() {
        JmhRecord inMicros = Fixtures.record(Ideal.GREET, Map.of("scale", "0.01"), "reactor", new Metric(10_100, 20, "us/op"));

        Row row = scenario(inMicros).rows().getFirst();

        assertThat(row.ideal()).hasValue(10_000.0);
        assertThat(row.overhead()).hasValue(100.0);
    }

    @Test
    void aBenchmarkWithoutIdealHasNeitherIdealNorOverhead() {
        Scenario unknown = scenario(Fixtures.record("dev.example.HeartbeatBenchmark.beat", Map.of("n", "8"), "rxjava", 2.0, 0.1));
        Row row = unknown.rows().getFirst();

        assertThat(row.ideal()).isEmpty();
        assertThat(row.overhead()).isEmpty();
        assertThat(ScenarioTable.ideal(unknown, row)).isEqualTo("—");
        assertThat(ScenarioTable.overhead(unknown, row)).isEqualTo("—");
    }

    @Test
    void aRowIsNoisyOnlyWhenTheErrorExceedsTenPercentOfTheScore() {
        assertThat(new Metric(10.0, 1.0, "ms/op").noisy()).as("exactly 10%").isFalse();
        assertThat(new Metric(10.0, 1.0001, "ms/op").noisy()).as("just above 10%").isTrue();

        Row noisy = scenario(greet("rxjava", 10.0, 1.5)).rows().getFirst();
        assertThat(noisy.flags()).containsExactly("noisy: error 15.00% of score");
    }

    @Test
    void aTimeIntervalWiderThanTheScoreIsFlaggedWithWhyInsteadOfNoisy() {
        Row row = scenario(greet("rxjava", 10.0, 12.0)).rows().getFirst();

        assertThat(row.time().widerThanScore()).isTrue();
        assertThat(new Metric(10.0, 10.0, "ms/op").widerThanScore()).as("exactly the score").isFalse();
        assertThat(new Metric(10.0, Double.NaN, "ms/op").widerThanScore()).as("no interval").isFalse();
        assertThat(row.flags()).containsExactly(
                "time interval wider than the score (error 120.00% of it): too few operations per iteration, or a noisy machine");
    }

    @Test
    void noRowOfARealNoisyRunShowsAnIntervalWiderThanItsScoreWithoutAFlagOrAnAllocationNumber() throws IOException {
        Path sample = Fixtures.copy(Fixtures.NO_WAIT, dir);
        List<Scenario> scenarios = Scenario.of(JmhJson.parse(sample, Files.readAllBytes(sample)));

        for (Scenario scenario : scenarios) {
            for (Row row : scenario.rows()) {
                String what = scenario.title() + " " + row.label();
                assertThat(row.flags().stream().anyMatch(flag -> flag.startsWith("time interval wider than the score")))
                        .as(what + " time flagged").isEqualTo(row.time().widerThanScore());
                assertThat(row.flags().stream().anyMatch(flag -> flag.startsWith("CPU-time interval wider than the score")))
                        .as(what + " CPU time flagged")
                        .isEqualTo(row.cpuTime().orElseThrow().widerThanScore());
                assertThat(ScenarioTable.allocation(row).equals(ScenarioTable.NOT_MEASURABLE)).as(what + " allocation not a number")
                        .isEqualTo(row.allocation().orElseThrow().widerThanScore());
            }
        }
        Row reactorGreet = scenarios.stream().filter(scenario -> scenario.benchmark().equals(Ideal.NO_WAIT_GREET))
                .findFirst().orElseThrow().rows().get(1);
        assertThat(reactorGreet.flags()).as("two warm-up iterations of 300 ms").containsExactly(
                "scores still falling (the first third of the iterations 203.08% above the last): warm-up too short",
                "time interval wider than the score (error 176.95% of it): too few operations per iteration, or a noisy machine",
                "CPU-time interval wider than the score (error 135.74% of it): the JIT's and the GC's share of an iteration"
                        + " varies, or the machine is noisy");
        assertThat(ScenarioTable.allocation(reactorGreet)).isEqualTo("692.4 ± 49.1");
        Row virtualThreadsGather = scenarios.getFirst().rows().getFirst();
        assertThat(ScenarioTable.allocation(virtualThreadsGather)).as("18,566.9 ± 19,738.2").isEqualTo("not measurable in this run");
        assertThat(virtualThreadsGather.flags()).as("time 32.534 ± 2.987, CPU 4.22 ± 4.44 ms, in 400 ms iterations").containsExactly(
                "about 12 operations per iteration (fewer than " + Row.MIN_OPERATIONS_PER_ITERATION + ")",
                "CPU-time interval wider than the score (error 105.37% of it): the JIT's and the GC's share of an iteration"
                        + " varies, or the machine is noisy");
    }

    @Test
    void aNanErrorMeansNoErrorBarNeverANumber() {
        Scenario scenario = scenario(greet("completable-future", 10.5, Double.NaN));
        Row row = scenario.rows().getFirst();

        assertThat(row.time().hasErrorBar()).isFalse();
        assertThat(row.time().noisy()).isFalse();
        assertThat(row.time().overlaps(new Metric(10.5, 1, "ms/op"))).isFalse();
        assertThat(row.flags()).containsExactly("no error bar (fewer than 3 iterations)");
        assertThat(ScenarioTable.time(scenario, row)).isEqualTo("10.500");
        assertThat(String.join(" ", ScenarioTable.of(scenario, Optional.empty()).lines().getFirst().cells()))
                .doesNotContain("NaN");
    }

    @Test
    void anIterationOfFewerThanTwentyOperationsIsFlaggedWithHowManyItHeld() {
        Metric gatherOf30Ms = new Metric(30.0, 0.3, "ms/op");

        assertThat(TimeUnits.operationsPerIteration("400 ms", gatherOf30Ms)).hasValueCloseTo(13.33, within(0.01));
        assertThat(TimeUnits.operationsPerIteration("1 s", new Metric(50_000, 10, "us/op"))).hasValueCloseTo(20.0, within(1e-9));
        assertThat(TimeUnits.operationsPerIteration("single-shot", gatherOf30Ms)).as("not a time").isEmpty();
        assertThat(TimeUnits.operationsPerIteration("400 ms", new Metric(3.0, 0.1, "ops/ms"))).as("not a time per op").isEmpty();

        Row gather = new Row("reactor", gatherOf30Ms, Optional.empty(), Optional.empty(), OptionalDouble.of(30),
                Optional.empty(), TimeUnits.operationsPerIteration("400 ms", gatherOf30Ms), OptionalDouble.empty());
        assertThat(gather.flags()).containsExactly("about 13 operations per iteration (fewer than 20)");
        Row throughput = new Row("reactor", new Metric(300, 3, "ms/op"), Optional.empty(), Optional.empty(), OptionalDouble.empty(),
                Optional.empty(), OptionalDouble.of(1.33), OptionalDouble.empty());
        assertThat(throughput.flags()).containsExactly("about 1.3 operations per iteration (fewer than 20)");
        Row greet = new Row("reactor", new Metric(10, 0.1, "ms/op"), Optional.empty(), Optional.empty(), OptionalDouble.of(10),
                Optional.empty(), OptionalDouble.of(40), OptionalDouble.empty());
        assertThat(greet.flags()).isEmpty();
    }

    @Test
    void scoresThatFallInEveryForkFromTheFirstThirdToTheLastAreFlaggedAsAWarmUpTooShort() {
        // The 1,000 GETs of a quick run with a warm-up of 3 s: 356, 190 and 145 ms.
        assertThat(Row.stillFalling(List.of(List.of(356.34, 190.28, 145.33)))).hasValueCloseTo(1.452, within(0.001));
        // The two GETs of virtual threads after a warm-up of 1.2 s, fifteen iterations: thirds of 14.26 and 12.26 ms.
        assertThat(Row.stillFalling(List.of(List.of(14.3, 14.5, 14.2, 13.9, 14.4, 13.3, 14.0, 13.5, 13.4, 12.7, 12.5, 12.2, 12.7,
                12.1, 11.8)))).hasValueCloseTo(0.163, within(0.001));
        assertThat(Row.stillFalling(List.of(List.of(30.0, 20.0, 10.0), List.of(12.0, 11.0, 10.0)))).as("mean of the forks")
                .hasValueCloseTo(1.1, within(1e-9));
        assertThat(Row.stillFalling(List.of(List.of(30.0, 20.0, 10.0), List.of(10.0, 11.0, 10.0)))).as("one fork flat").isEmpty();
        assertThat(Row.stillFalling(List.of(List.of(10.0, 30.0, 10.0)))).as("a peak in the middle").isEmpty();
        assertThat(Row.stillFalling(List.of(List.of(10.8, 10.2, 10.0)))).as("within 10%").isEmpty();
        assertThat(Row.stillFalling(List.of(List.of(30.0, 10.0)))).as("two iterations say nothing").isEmpty();
        assertThat(Row.stillFalling(List.of())).isEmpty();

        Row throughput = new Row("reactor", new Metric(230.7, 2027.7, "ms/op"), Optional.empty(), Optional.empty(),
                OptionalDouble.of(100), Optional.empty(), OptionalDouble.of(26), Row.stillFalling(List.of(List.of(356.34, 190.28, 145.33))));
        assertThat(throughput.flags())
                .startsWith("scores still falling (the first third of the iterations 145.19% above the last): warm-up too short");
    }

    @Test
    void aTimeBelowTheIdealIsFlagged() {
        Row row = scenario(greet("reactor", 9.5, 0.1)).rows().getFirst();

        assertThat(row.overhead().getAsDouble()).isCloseTo(-0.5, within(1e-12));
        assertThat(row.flags()).containsExactly("below ideal: check the benchmark");
    }

    @Test
    void smallNumbersKeepTheirSignificantDigits() {
        Metric tiny = new Metric(0.000123, 0.0000042, "ms/op");

        assertThat(Numbers.withError(tiny, Numbers.decimals(tiny, Numbers.TIME_DECIMALS))).isEqualTo("0.0001230 ± 0.0000042");
        assertThat(Numbers.withError(new Metric(1104.0, 2.208, "B/op"), 1)).isEqualTo("1,104.0 ± 2.2");
    }
}
