package dev.vtvsreactive.bench.traces;

import dev.vtvsreactive.bench.ExperimentReport;
import dev.vtvsreactive.lesson.traces.DebugAid;
import java.util.List;
import java.util.Objects;

/**
 * Every run of the stack-trace probe, as one JSON document.
 *
 * @param java    the version of the JVM that ran the probe (every child runs the same {@code java})
 * @param scale   the lesson's time scale the scenarios ran at
 * @param runs    per model in the order asked for, each aid in the model's order, each scenario in turn
 * @param skipped the aids this build cannot run, and why
 * @param failed  the aids that did not give their runs, and how
 */
public record StackTracesReport(String java, double scale, List<StackTraceRun> runs, List<NotRun> skipped,
                                List<NotRun> failed) implements ExperimentReport {

    public static final String SCENARIO = "stack-traces";

    public StackTracesReport {
        Objects.requireNonNull(java, "java");
        runs = List.copyOf(runs);
        skipped = List.copyOf(skipped);
        failed = List.copyOf(failed);
    }

    /** Always {@value #SCENARIO}. */
    @Override
    public String scenario() {
        return SCENARIO;
    }

    /** An aid of a model that has no runs, and why. */
    public record NotRun(String model, DebugAid aid, String reason) {
    }
}
