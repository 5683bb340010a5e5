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
 * task}, {@code heap per waiting task}, {@code most GETs/s sustained}): each Java model's figure,
 * ranked the better first (most often the lower), and the asyncio baseline's beside, never ranked.
 *
 * @param name what is measured, as a clause of the row's sentence starts: {@code overhead}
 * @param java one figure per suite model measured, in the suite's order
 * @param asyncio the asyncio baseline's figure, when it measured this
 * @param better orders the better figure first
 * @param indistinguishable whether the data cannot tell the first figure, the better, from the second
 * @param tieRule what makes two figures a tie, for the row's sentence: {@code 99.9% intervals overlap}
 */
record WorkMeasure(String name, List<Figure> java, Optional<Figure> asyncio, Comparator<Figure> better,
                   BiPredicate<Figure, Figure> indistinguishable, String tieRule) {

    /** The lower value first: a time, an overhead, a size. */
    private static final Comparator<Figure> LOWER_FIRST = Comparator.comparingDouble(Figure::value);

    WorkMeasure {
        java = List.copyOf(java);
    }

    /** A measure whose lower figure is the better. */
    WorkMeasure(String name, List<Figure> java, Optional<Figure> asyncio, BiPredicate<Figure, Figure> indistinguishable,
                String tieRule) {
        this(name, java, asyncio, LOWER_FIRST, indistinguishable, tieRule);
    }

    /**
     * One model's figure.
     *
     * @param model the model's name
     * @param value its magnitude: what ranks it, lower being better unless the measure orders otherwise
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
        return Ranking.of(java, better, indistinguishable).entrySet().stream()
                .collect(Collectors.toMap(place -> place.getKey().model(), Map.Entry::getValue));
    }

    /** {@code model}'s figure, if it was measured. */
    Optional<Figure> figure(String model) {
        return java.stream().filter(figure -> figure.model().equals(model)).findFirst();
    }

    /** The figure in last place, the worst there: not the worst figure, which a model tied for the lead may have. */
    Figure trailing() {
        Map<String, Place> places = places();
        return java.stream().max(Comparator.<Figure>comparingInt(figure -> places.get(figure.model()).rank())
                .thenComparing(better)).orElseThrow();
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
        Figure best = java.stream().min(better).orElseThrow();
        Figure trailing = trailing();
        if (leaders.size() == java.size()) {
            Figure worst = java.stream().max(better).orElseThrow();
            return name + ": all " + java.size() + " models tied (" + tieRule + "), from " + best.shown() + " ("
                    + Models.label(best.model()) + ") to " + worst.shown() + " (" + Models.label(worst.model()) + ")";
        }
        String lead = leaders.size() == 1
                ? Models.label(best.model()) + " leads with " + best.shown()
                : FanOutResults.names(leaders.stream().map(figure -> Models.label(figure.model())).toList()) + " lead, tied ("
                        + tieRule + "), from " + best.shown();
        String ratio = best.value() > 0 && trailing.value() > 0 ? " (" + Numbers.ratio(trailing.value() / best.value())
                + (best.value() <= trailing.value() ? " the least)" : " the most)") : "";
        return name + ": " + lead + "; " + Models.label(trailing.model()) + " trails with " + trailing.shown() + ratio;
    }
}
