package dev.vtvsreactive.report;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * An older run to compare with: each current row is matched to the baseline row of the same
 * benchmark, mode, parameters and model.
 *
 * @param scenarios the baseline's scenarios
 */
record Baseline(List<Scenario> scenarios) {

    /** How a row moved, judged against both error intervals. */
    enum Change {
        FASTER("faster"),
        SLOWER("slower"),
        WITHIN_ERROR("within error"),
        NO_ERROR_BAR("no error bar to judge by"),
        UNITS_DIFFER("units differ"),
        NOT_IN_BASELINE("not in baseline"),
        ONLY_IN_BASELINE("only in baseline");

        private final String label;

        Change(String label) {
            this.label = label;
        }

        /** How the report shows it. */
        String label() {
            return label;
        }
    }

    /**
     * One row against its baseline.
     *
     * @param scenario the scenario the row belongs to (the baseline's for {@link Change#ONLY_IN_BASELINE})
     * @param current the current row; empty for {@link Change#ONLY_IN_BASELINE}
     * @param baseline the baseline row; empty for {@link Change#NOT_IN_BASELINE}
     * @param change the classification
     */
    record Comparison(Scenario scenario, Optional<Row> current, Optional<Row> baseline, Change change) {

        /** (current − baseline) / baseline of the scores; empty unless both exist in the same unit. */
        OptionalDouble delta() {
            if (current.isEmpty() || baseline.isEmpty() || change == Change.UNITS_DIFFER) {
                return OptionalDouble.empty();
            }
            double before = baseline.get().time().score();
            return OptionalDouble.of((current.get().time().score() - before) / before);
        }

        /**
         * {@code 4.19% faster (outside error)}, {@code 0.10% slower (within error)}, or what keeps
         * the rows from being compared ({@code not in baseline}).
         */
        String text() {
            if (delta().isEmpty()) {
                return change.label();
            }
            double delta = delta().getAsDouble();
            boolean faster = scenario.higherIsBetter() ? delta > 0 : delta < 0;
            String movement = delta == 0 ? "no change" : Numbers.percent(Math.abs(delta)) + (faster ? " faster" : " slower");
            boolean significant = change == Change.FASTER || change == Change.SLOWER;
            return movement + " (" + (significant ? "outside error" : change.label()) + ")";
        }
    }

    /** {@code current} of {@code scenario} against the baseline. */
    Comparison compare(Scenario scenario, Row current) {
        Optional<Scenario> older = scenario(scenario.key());
        Optional<Row> before = older.flatMap(found -> row(found, current.model()));
        if (before.isEmpty()) {
            return new Comparison(scenario, Optional.of(current), before, Change.NOT_IN_BASELINE);
        }
        return new Comparison(scenario, Optional.of(current), before, classify(scenario, older.get(), current, before.get()));
    }

    /** The baseline rows the current run has no counterpart for, in the baseline's order. */
    List<Comparison> onlyInBaseline(List<Scenario> current) {
        Baseline now = new Baseline(current);
        return scenarios.stream()
                .flatMap(older -> older.rows().stream()
                        .filter(row -> now.scenario(older.key()).flatMap(found -> row(found, row.model())).isEmpty())
                        .map(row -> new Comparison(older, Optional.empty(), Optional.of(row), Change.ONLY_IN_BASELINE)))
                .toList();
    }

    private static Change classify(Scenario now, Scenario older, Row current, Row before) {
        if (!now.unit().equals(older.unit())) {
            return Change.UNITS_DIFFER;
        }
        if (!current.time().hasErrorBar() || !before.time().hasErrorBar()) {
            return Change.NO_ERROR_BAR;
        }
        if (current.time().overlaps(before.time())) {
            return Change.WITHIN_ERROR;
        }
        boolean higher = current.time().score() > before.time().score();
        return higher == now.higherIsBetter() ? Change.FASTER : Change.SLOWER;
    }

    private Optional<Scenario> scenario(String key) {
        return scenarios.stream().filter(scenario -> scenario.key().equals(key)).findFirst();
    }

    private static Optional<Row> row(Scenario scenario, String model) {
        return scenario.rows().stream().filter(row -> row.model().equals(model)).findFirst();
    }
}
