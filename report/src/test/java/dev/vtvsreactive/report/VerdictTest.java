package dev.vtvsreactive.report;

import static dev.vtvsreactive.report.Fixtures.greet;
import static dev.vtvsreactive.report.Fixtures.scenario;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class VerdictTest {

    @Test
    void aModelClearOfEveryOtherIntervalIsTheFastestWithEachOthersRatio() {
        Verdict verdict = Verdict.of(scenario(
                greet("reactor", 12.0, 0.1),
                greet("virtual-threads", 10.0, 0.1),
                greet("completable-future", 15.0, 0.2)));

        assertThat(verdict.clearWinner()).isTrue();
        assertThat(verdict.best().model()).isEqualTo("virtual-threads");
        assertThat(verdict.ratio(verdict.others().getFirst())).isCloseTo(1.2, within(1e-12));
        assertThat(verdict.text()).isEqualTo("Fastest: virtual-threads, clear of every other model's error interval."
                + " Relative time: reactor ×1.200, completable-future ×1.500.");
    }

    @Test
    void overlappingIntervalsAreNoClearWinnerAndNameExactlyTheTiedModels() {
        Verdict verdict = Verdict.of(scenario(
                greet("virtual-threads", 10.00, 0.10),
                greet("reactor", 10.15, 0.10),
                greet("rxjava", 10.50, 0.10),
                greet("completable-future", 10.05, 0.01)));

        assertThat(verdict.clearWinner()).isFalse();
        assertThat(verdict.tied()).extracting(Row::model).containsExactly("reactor", "completable-future");
        assertThat(verdict.text())
                .startsWith("No clear winner: virtual-threads, reactor and completable-future are statistically tied"
                        + " (error intervals overlap).")
                .contains("Relative time to virtual-threads (lowest mean): reactor ×1.015, rxjava ×1.050,"
                        + " completable-future ×1.005.")
                .doesNotContain("rxjava are", "rxjava and");
    }

    @Test
    void intervalsThatOnlyTouchCountAsOverlapping() {
        Verdict verdict = Verdict.of(scenario(greet("virtual-threads", 10.0, 0.5), greet("reactor", 11.0, 0.5)));

        assertThat(verdict.clearWinner()).isFalse();
        assertThat(verdict.tied()).extracting(Row::model).containsExactly("reactor");
    }

    @Test
    void aModelWithoutErrorBarCannotBeToldApartFromTheFastest() {
        Verdict verdict = Verdict.of(scenario(
                greet("virtual-threads", 10.0, 0.01),
                greet("reactor", 12.0, 0.01),
                greet("rxjava", 10.2, Double.NaN)));

        assertThat(verdict.clearWinner()).isFalse();
        assertThat(verdict.tied()).isEmpty();
        assertThat(verdict.undetermined()).extracting(Row::model).containsExactly("rxjava");
        assertThat(verdict.text()).startsWith("No clear winner: rxjava cannot be told apart from virtual-threads"
                + " (no error bar: fewer than 3 measurement iterations).");
    }

    @Test
    void aFastestModelWithoutErrorBarLeavesEveryOtherUndetermined() {
        Verdict verdict = Verdict.of(scenario(
                greet("virtual-threads", 10.0, Double.NaN),
                greet("reactor", 30.0, 0.1)));

        assertThat(verdict.undetermined()).extracting(Row::model).containsExactly("reactor");
        assertThat(verdict.text()).doesNotContain("NaN").startsWith("No clear winner:");
    }

    @Test
    void aSingleModelHasNothingToCompare() {
        assertThat(Verdict.of(scenario(greet("reactor", 10.0, 0.1))).text())
                .isEqualTo("Only reactor was measured: nothing to compare.");
    }

    @Test
    void inThroughputModeTheHighestScoreWins() {
        Scenario throughput = scenario(
                Fixtures.record("dev.example.Bench.run", "thrpt", Map.of(), "reactor", new Metric(1_000, 10, "ops/s")),
                Fixtures.record("dev.example.Bench.run", "thrpt", Map.of(), "virtual-threads", new Metric(2_000, 10, "ops/s")));

        Verdict verdict = Verdict.of(throughput);

        assertThat(verdict.best().model()).isEqualTo("virtual-threads");
        assertThat(verdict.text()).contains("reactor ×2.000");
        assertThat(throughput.idealInUnit()).as("an ideal time means nothing in ops/s").isEmpty();
    }
}
