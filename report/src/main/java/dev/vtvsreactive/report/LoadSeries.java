package dev.vtvsreactive.report;

import dev.vtvsreactive.bench.load.LoadPlan;
import dev.vtvsreactive.bench.load.LoadRun;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One model's runs of the open-loop load, each rate increasing: a Java model's, from its child JVM,
 * or one loop's of the asyncio baseline, beside them and never ranked among them.
 *
 * @param model the model's name: a Java model's, or {@code asyncio}, {@code asyncio-uvloop}
 * @param label what the table, the charts and the verdicts call it: {@code asyncio (CPython 3.12.3)} for the baseline
 * @param baseline whether it is the asyncio baseline's
 * @param runs one per rate it ran, increasing
 */
record LoadSeries(String model, String label, boolean baseline, List<LoadRun> runs) {

    LoadSeries {
        runs = List.copyOf(runs);
    }

    /** The highest rate it sustained, keeping p99 within {@code p99BoundMs}; without a run when it sustained none. */
    SustainedRate sustained(double p99BoundMs) {
        return new SustainedRate(model, runs.reversed().stream().filter(run -> run.sustained(p99BoundMs)).findFirst());
    }

    /** Its runs below {@code sustained}'s rate that it did not sustain, each rate increasing: one run each is noisy. */
    List<LoadRun> missedBelow(SustainedRate sustained, double p99BoundMs) {
        return runs.stream().filter(run -> run.rate() < sustained.rate() && !run.sustained(p99BoundMs)).toList();
    }

    /**
     * Why it sustained no more than {@code sustained}: {@code at 4,000/s: p99 38.5 ms over the 20.0 ms bound},
     * from its run at the next rate; empty when {@code sustained} is the highest rate it ran.
     */
    Optional<String> stoppedAt(SustainedRate sustained, double p99BoundMs) {
        return runs.stream().filter(run -> run.rate() > sustained.rate()).findFirst()
                .map(next -> "at " + FanOutResults.count(next.rate()) + "/s: " + whyNot(next, p99BoundMs));
    }

    /** Its runs that answered some GET: the points of its lines in the charts. */
    List<LoadRun> withLatency() {
        return runs.stream().filter(LoadSeries::answeredAny).toList();
    }

    /** Whether {@code run} answered any GET: without one it has no latency. */
    static boolean answeredAny(LoadRun run) {
        return run.answered() > 0;
    }

    /**
     * Why {@code run} was not sustained, every reason the data give: {@code 3 GETs failed (first: …);
     * achieved 92.81% of the rate; p99 412.7 ms over the 20.0 ms bound}.
     */
    static String whyNot(LoadRun run, double p99BoundMs) {
        List<String> reasons = new ArrayList<>();
        if (run.errors() > 0) {
            reasons.add(FanOutResults.count(run.errors()) + (run.errors() == 1 ? " GET" : " GETs") + " failed"
                    + (run.firstError() == null ? "" : " (first: " + run.firstError() + ")"));
        }
        // The negation of LoadRun.sustained's own tests, so that a missed rate always has its reason.
        if (run.achievedPerSecond() < LoadPlan.SUSTAINED_SHARE * run.rate()) {
            reasons.add("achieved " + Numbers.percent(run.achievedShare()) + " of the rate");
        }
        if (answeredAny(run) && run.latencyMs().p99() > p99BoundMs) {
            reasons.add("p99 " + LoadResults.millis(run.latencyMs().p99()) + " ms over the " + LoadResults.millis(p99BoundMs)
                    + " ms bound");
        }
        return String.join("; ", reasons);
    }
}
