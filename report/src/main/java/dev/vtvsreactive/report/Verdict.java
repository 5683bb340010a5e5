package dev.vtvsreactive.report;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Which model of a scenario is fastest, and whether the data can tell: a model wins clearly only
 * when its 99.9 % confidence interval is clear of every other model's. Models whose intervals
 * overlap the best one's are statistically tied with it; models without an error bar (or beside a
 * best model without one) cannot be told apart from it at all. The asyncio baseline's rows are
 * never in the running: one sentence each places them against the Java models.
 *
 * @param best the row with the best mean (lowest time, or highest throughput)
 * @param tied the other rows whose error interval overlaps {@code best}'s
 * @param undetermined the other rows that cannot be compared with {@code best}: one of the two has no error bar
 * @param others every row but {@code best}, in {@link Models#ORDER}
 * @param higherIsBetter whether the scores are throughputs
 * @param baseline one sentence per asyncio row: its score and where it stands among the Java models
 */
record Verdict(Row best, List<Row> tied, List<Row> undetermined, List<Row> others, boolean higherIsBetter,
               List<String> baseline) {

    /** The verdict on {@code scenario}'s rows. */
    static Verdict of(Scenario scenario) {
        Comparator<Row> byScore = Comparator.comparingDouble(row -> row.time().score());
        Comparator<Row> better = scenario.higherIsBetter() ? byScore.reversed() : byScore;
        List<Row> java = scenario.rows().stream().filter(row -> !row.asyncio()).toList();
        // A scenario only asyncio measured still gets a verdict, among its own rows.
        List<Row> contenders = java.isEmpty() ? scenario.rows() : java;
        Row best = contenders.stream().min(better).orElseThrow();
        List<Row> others = contenders.stream().filter(row -> row != best).toList();
        boolean bestHasErrorBar = best.time().hasErrorBar();
        List<String> baseline = java.isEmpty() ? List.of() : scenario.rows().stream()
                .filter(Row::asyncio)
                .map(row -> row.fullLabel() + ": " + Numbers.withError(row.time(), scenario.decimals()) + " " + scenario.unit()
                        + ", " + place(row, java, better) + " (" + Numbers.ratio(ratio(best, row, scenario.higherIsBetter()))
                        + " the fastest Java model's time).")
                .toList();
        return new Verdict(
                best,
                others.stream().filter(row -> best.time().overlaps(row.time())).toList(),
                others.stream().filter(row -> !bestHasErrorBar || !row.time().hasErrorBar()).toList(),
                others,
                scenario.higherIsBetter(),
                baseline);
    }

    /**
     * Whether the data cannot tell {@code best} from {@code other}: their 99.9 % intervals overlap
     * ({@link #tied}), or one has none ({@link #undetermined}).
     */
    static boolean indistinguishable(Metric best, Metric other) {
        return best.overlaps(other) || !best.hasErrorBar() || !other.hasErrorBar();
    }

    /** Where {@code row} stands among the Java models: ahead of or behind all of them beyond the errors, or among them. */
    private static String place(Row row, List<Row> java, Comparator<Row> better) {
        if (java.stream().allMatch(other -> clearOf(row, other) && better.compare(row, other) < 0)) {
            return "ahead of every Java model, clear of their error intervals";
        }
        if (java.stream().allMatch(other -> clearOf(row, other) && better.compare(row, other) > 0)) {
            return "behind every Java model, clear of their error intervals";
        }
        return "within the Java models' range";
    }

    /** Whether both rows have an error bar and their intervals do not overlap. */
    private static boolean clearOf(Row row, Row other) {
        return row.time().hasErrorBar() && other.time().hasErrorBar() && !row.time().overlaps(other.time());
    }

    /** How many times {@code best}'s time {@code row} takes (for throughputs: the inverse ratio). */
    private static double ratio(Row best, Row row, boolean higherIsBetter) {
        return higherIsBetter ? best.time().score() / row.time().score() : row.time().score() / best.time().score();
    }

    /** Whether {@link #best} is faster than every other model beyond the error intervals. */
    boolean clearWinner() {
        return tied.isEmpty() && undetermined.isEmpty();
    }

    /** How many times {@code best}'s time {@code row} takes (for throughputs: the inverse ratio). */
    double ratio(Row row) {
        return ratio(best, row, higherIsBetter);
    }

    /**
     * One line: {@code Fastest: virtual-threads, clear of every other model's error interval. Relative
     * time: reactor ×1.025, ...}, or {@code No clear winner: ...} naming the tied models.
     */
    String text() {
        return baseline.stream().reduce(models(), (text, sentence) -> text + " " + sentence);
    }

    /** The verdict on the Java models alone. */
    private String models() {
        if (others.isEmpty()) {
            return "Only " + best.label() + " was measured: nothing to compare.";
        }
        String relative = others.stream()
                .map(row -> row.label() + " " + Numbers.ratio(ratio(row)))
                .collect(Collectors.joining(", "));
        if (clearWinner()) {
            return "Fastest: " + best.label() + ", clear of every other model's error interval. Relative time: "
                    + relative + ".";
        }
        StringBuilder text = new StringBuilder("No clear winner: ");
        if (!tied.isEmpty()) {
            text.append(names(Stream.concat(Stream.of(best), tied.stream()).toList())).append(" are statistically tied (error intervals overlap)");
        }
        if (!undetermined.isEmpty()) {
            text.append(tied.isEmpty() ? "" : "; ")
                    .append(names(undetermined))
                    .append(" cannot be told apart from ").append(best.label())
                    .append(" (no error bar: fewer than 3 measurement iterations)");
        }
        return text.append(". Relative time to ").append(best.label())
                .append(higherIsBetter ? " (highest mean): " : " (lowest mean): ")
                .append(relative).append('.')
                .toString();
    }

    /** {@code a, b and c}. */
    private static String names(List<Row> rows) {
        List<String> labels = rows.stream().map(Row::label).toList();
        if (labels.size() == 1) {
            return labels.getFirst();
        }
        return String.join(", ", labels.subList(0, labels.size() - 1)) + " and " + labels.getLast();
    }
}
