package dev.vtvsreactive.report;

import dev.vtvsreactive.bench.load.LoadRun;
import java.util.Comparator;
import java.util.Optional;

/**
 * The highest rate a model sustained under the open-loop load, and its run there: what ranks the
 * models. More GETs a second is better and, at the same rate, the lower p99; the same rate with p99
 * within {@value #TIE_SHARE} of the lower is a tie, as are two models that sustained nothing: one
 * run each, on a machine that is not quiet.
 *
 * @param model the model's name
 * @param run its run at that rate; empty when it sustained none of the rates offered
 */
record SustainedRate(String model, Optional<LoadRun> run) {

    /** At the same rate, p99s within this share of the lower one are a tie. */
    static final double TIE_SHARE = 0.1;

    /** The more GETs a second first; at the same rate, the lower p99. */
    static final Comparator<SustainedRate> BETTER_FIRST = Comparator.comparingInt(SustainedRate::rate).reversed()
            .thenComparingDouble(SustainedRate::p99Ms);

    /** What a cell or a verdict says when a model sustained none of the rates. */
    static final String NONE = "none of the rates offered";

    /** The rate, in GETs a second; 0 when it sustained none. */
    int rate() {
        return run.map(LoadRun::rate).orElse(0);
    }

    /** Its p99 at that rate, in milliseconds; 0 when it sustained none. */
    double p99Ms() {
        return run.map(sustained -> sustained.latencyMs().p99()).orElse(0.0);
    }

    /** Whether the data cannot tell {@code other} from this, the better of the two. */
    boolean tiedWith(SustainedRate other) {
        return rate() == other.rate() && other.p99Ms() - p99Ms() <= TIE_SHARE * p99Ms();
    }

    /** {@code 2,000/s, p99 12.9 ms}, or {@value #NONE}. */
    String text() {
        return run.isEmpty() ? NONE : FanOutResults.count(rate()) + "/s, p99 " + LoadResults.millis(p99Ms()) + " ms";
    }

    /** {@code sustained up to 2,000/s, p99 12.9 ms}, or {@code sustained none of the rates offered}. */
    String clause() {
        return "sustained " + (run.isEmpty() ? "" : "up to ") + text();
    }

    /** {@code 10%}. */
    static String tieShare() {
        return Numbers.fixed(TIE_SHARE * 100, 0) + "%";
    }
}
