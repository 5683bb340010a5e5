package dev.vtvsreactive.bench.dumps;

import dev.vtvsreactive.bench.ExperimentReport;
import java.util.List;
import java.util.Objects;

/**
 * Every model's thread dump, read, as one JSON document.
 *
 * @param java       the version of the JVM that ran the experiment (every dumped child runs the same {@code java})
 * @param processors how many processors that JVM saw
 * @param tasks      N, how many tasks each model's gather had waiting when its dump was taken
 * @param runs       per model, in the order asked for
 * @param failed     the models whose dump could not be taken, and why
 */
public record ThreadDumpsReport(String java, int processors, int tasks, List<ThreadDumpRun> runs, List<NotRun> failed)
        implements ExperimentReport {

    public static final String SCENARIO = "thread-dumps";

    public ThreadDumpsReport {
        Objects.requireNonNull(java, "java");
        runs = List.copyOf(runs);
        failed = List.copyOf(failed);
    }

    /** Always {@value #SCENARIO}. */
    @Override
    public String scenario() {
        return SCENARIO;
    }

    /** A model whose dump could not be taken or read, and why. */
    public record NotRun(String model, String reason) {
    }
}
