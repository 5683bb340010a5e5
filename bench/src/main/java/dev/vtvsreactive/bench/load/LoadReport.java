package dev.vtvsreactive.bench.load;

import dev.vtvsreactive.bench.ExperimentReport;
import java.util.List;
import java.util.Objects;

/**
 * Every run of one open-loop load sweep, as one JSON document.
 *
 * @param java       the version of the JVM that ran the sweep (every child runs the same {@code java})
 * @param processors how many processors that JVM saw
 * @param plan       what the sweep was asked to run
 * @param server     where the stub ran, e.g. {@code own JVM (pid 4242), CPUs shared with the client (0-1)}
 * @param ceiling    what a load generator no model wrote got from the same stub
 * @param runs       per model in the order asked for, each rate increasing
 * @param failed     the models that failed or did not finish, and how
 */
public record LoadReport(String java, int processors, LoadPlan plan, String server, Ceiling ceiling,
                         List<LoadRun> runs, List<NotRun> failed) implements ExperimentReport {

    public static final String SCENARIO = "load";

    public LoadReport {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(ceiling, "ceiling");
        runs = List.copyOf(runs);
        failed = List.copyOf(failed);
    }

    /** Always {@value #SCENARIO}. */
    @Override
    public String scenario() {
        return SCENARIO;
    }

    /** A model that has no runs, and why. */
    public record NotRun(String model, String reason) {
    }

    /**
     * The stub's own ceiling, as wrk measured it closed-loop with as many connections as the highest
     * rate keeps in flight: the most GETs a second the server answers on this machine.
     *
     * @param command           the command that measured it, or why it was not measured
     * @param requestsPerSecond what it measured, or null when it was not
     * @param skipped           why it was not measured, or null when it was
     */
    public record Ceiling(String command, Double requestsPerSecond, String skipped) {

        public static Ceiling measured(String command, double requestsPerSecond) {
            return new Ceiling(command, requestsPerSecond, null);
        }

        public static Ceiling skipped(String why) {
            return new Ceiling(null, null, why);
        }
    }
}
