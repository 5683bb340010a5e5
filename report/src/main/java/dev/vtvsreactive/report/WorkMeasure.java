package dev.vtvsreactive.report;

import dev.vtvsreactive.report.Ranking.Place;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.stream.Collectors;

/**
 * One measure of a kind of work in the which-model table ({@code overhead}, {@code CPU time per
 * task}, {@code heap per waiting task}): each Java model's figure, ranked lower first, and the
 * asyncio baseline's beside, never ranked.
 *
 * @param name what is measured, as a clause of the row's sentence starts: {@code overhead}
 * @param java one figure per suite model measured, in the suite's order
 * @param asyncio the asyncio baseline's figure, when it measured this
 * @param indistinguishable whether the data cannot tell the first figure from the second
 * @param tieRule what makes two figures a tie, for the row's sentence: {@code 99.9% intervals overlap}
 */
record WorkMeasure(String name, List<Figure> java, Optional<Figure> asyncio, BiPredicate<Figure, Figure> indistinguishable,
                   String tieRule) {

    WorkMeasure {
        java = List.copyOf(java);
    }

    /**
     * One model's figure.
     *
     * @param model the model's name
     * @param value what ranks it, lower being better
     * @param text what the cell shows: {@code +2.534 ± 2.987 ms}
     * @param interval its 99.9 % interval, for a JMH score
     */
    record Figure(String model, double value, String text, Optional<Metric> interval) {

        /** After a figure whose interval is wider than itself; the table's notes say what it means. */
        static final String WIDER_THAN_ITSELF = "†";

        /** A figure of a JMH score, {@code metric}, shown as {@code text}. */
        static Figure measured(String model, Metric metric, String text) {
            return new Figure(model, metric.score(), text, Optional.of(metric));
        }

        /** A figure of one timed run: no interval. */
        static Figure once(String model, double value, String text) {
            return new Figure(model, value, text, Optional.empty());
        }

        /** {@link #text}, marked {@value #WIDER_THAN_ITSELF} where its interval is wider than the figure. */
        String shown() {
            return text + (widerThanItself() ? WIDER_THAN_ITSELF : "");
        }

        /** Whether its interval is wider than the figure itself: not even its order of magnitude is established. */
        boolean widerThanItself() {
            return interval.filter(Metric::widerThanScore).isPresent();
        }
    }

    /** The figures of JMH scores, tied as {@link Verdict} ties them: where their intervals overlap, or one has none. */
    static WorkMeasure ofScores(String name, List<Figure> java, Optional<Figure> asyncio) {
        long withInterval = java.stream().filter(figure -> figure.interval().orElseThrow().hasErrorBar()).count();
        String tieRule = withInterval == java.size() ? "99.9% intervals overlap"
                : withInterval == 0 ? "no 99.9% intervals: fewer than 3 iterations" : "99.9% intervals overlap or are missing";
        return new WorkMeasure(name, java, asyncio,
                (best, other) -> Verdict.indistinguishable(best.interval().orElseThrow(), other.interval().orElseThrow()),
                tieRule);
    }

    /** Each Java figure's place, by model. */
    Map<String, Place> places() {
        return Ranking.of(java, Comparator.comparingDouble(Figure::value), indistinguishable).entrySet().stream()
                .collect(Collectors.toMap(place -> place.getKey().model(), Map.Entry::getValue));
    }

    /** {@code model}'s figure, if it was measured. */
    Optional<Figure> figure(String model) {
        return java.stream().filter(figure -> figure.model().equals(model)).findFirst();
    }

    /**
     * One clause on the ranking, from the figures alone: who leads and with what, who trails and how
     * far behind, or that the data cannot tell the models apart.
     */
    String clause() {
        if (java.size() == 1) {
            return name + ": only " + Models.label(java.getFirst().model()) + " was measured (" + java.getFirst().shown() + ")";
        }
        Map<String, Place> places = places();
        List<Figure> leaders = java.stream().filter(figure -> places.get(figure.model()).rank() == 1).toList();
        Figure least = java.stream().min(Comparator.comparingDouble(Figure::value)).orElseThrow();
        // The last place's, not the largest value's: a model tied for the lead may have the largest mean.
        Figure most = java.stream().max(Comparator.<Figure>comparingInt(figure -> places.get(figure.model()).rank())
                .thenComparingDouble(Figure::value)).orElseThrow();
        if (leaders.size() == java.size()) {
            Figure largest = java.stream().max(Comparator.comparingDouble(Figure::value)).orElseThrow();
            return name + ": all " + java.size() + " models tied (" + tieRule + "), from " + least.shown() + " ("
                    + Models.label(least.model()) + ") to " + largest.shown() + " (" + Models.label(largest.model()) + ")";
        }
        String lead = leaders.size() == 1
                ? Models.label(least.model()) + " leads with " + least.shown()
                : FanOutResults.names(leaders.stream().map(figure -> Models.label(figure.model())).toList()) + " lead, tied ("
                        + tieRule + "), from " + least.shown();
        String ratio = least.value() > 0 ? " (" + Numbers.ratio(most.value() / least.value()) + " the least)" : "";
        return name + ": " + lead + "; " + Models.label(most.model()) + " trails with " + most.shown() + ratio;
    }
}
