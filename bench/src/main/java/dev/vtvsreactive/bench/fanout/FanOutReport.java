package dev.vtvsreactive.bench.fanout;

import dev.vtvsreactive.bench.ExperimentReport;
import dev.vtvsreactive.lesson.fanout.FanOutVariant;
import java.util.List;
import java.util.Objects;

/**
 * Every run of one fan-out sweep, as one JSON document.
 *
 * @param java       the version of the JVM that ran the sweep (every child runs the same {@code java})
 * @param processors how many processors that JVM saw
 * @param plan       what the sweep was asked to run
 * @param runs       per model in the order asked for, each variant in turn, N increasing
 * @param skipped    what the sweep chose not to run, and why
 * @param failed     what did not finish or failed its checks, and how
 */
public record FanOutReport(String java, int processors, FanOutPlan plan, List<FanOutRun> runs,
                           List<NotRun> skipped, List<NotRun> failed) implements ExperimentReport {

    public static final String SCENARIO = "fanout";

    public FanOutReport {
        Objects.requireNonNull(plan, "plan");
        runs = List.copyOf(runs);
        skipped = List.copyOf(skipped);
        failed = List.copyOf(failed);
    }

    /** Always {@value #SCENARIO}. */
    @Override
    public String scenario() {
        return SCENARIO;
    }

    /** A variant at an N that has no run, and why. */
    public record NotRun(String model, FanOutVariant variant, int tasks, String reason) {
    }
}
