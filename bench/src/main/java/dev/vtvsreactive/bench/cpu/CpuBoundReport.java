package dev.vtvsreactive.bench.cpu;

import dev.vtvsreactive.bench.ExperimentReport;
import java.util.List;
import java.util.Objects;

/**
 * Every run of one CPU-bound experiment, as one JSON document.
 *
 * @param java       the version of the JVM that ran the experiment
 * @param processors how many processors that JVM saw
 * @param scale      the time scale of the plan
 * @param plan       the plan every run followed, with the one calibrated CPU work they all did
 * @param runs       per model in the order asked for, each of its variants in turn
 */
public record CpuBoundReport(String java, int processors, double scale, CpuBoundPlan plan,
                             List<CpuBoundRun> runs) implements ExperimentReport {

    public static final String SCENARIO = "cpu-bound";

    public CpuBoundReport {
        Objects.requireNonNull(plan, "plan");
        runs = List.copyOf(runs);
    }

    /** Always {@value #SCENARIO}. */
    @Override
    public String scenario() {
        return SCENARIO;
    }
}
