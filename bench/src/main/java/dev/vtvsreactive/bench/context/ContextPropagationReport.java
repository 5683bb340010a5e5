package dev.vtvsreactive.bench.context;

import dev.vtvsreactive.bench.ExperimentReport;
import dev.vtvsreactive.lesson.context.LineKind;
import dev.vtvsreactive.lesson.context.Propagation;
import dev.vtvsreactive.lesson.context.RequestIdCheck;
import java.util.List;
import java.util.Objects;

/**
 * What the context-propagation probe found: for each model and each of its propagations, what the
 * lines of each {@link LineKind} of {@code requests} concurrent requests carried, and the runs that
 * failed, with why.
 *
 * @param scale the lesson's time scale the gathers ran at
 */
public record ContextPropagationReport(String java, double scale, int requests, List<PropagationRun> runs,
                                       List<NotRun> failed) implements ExperimentReport {

    public static final String SCENARIO = "context-propagation";

    public ContextPropagationReport {
        Objects.requireNonNull(java, "java");
        runs = List.copyOf(runs);
        failed = List.copyOf(failed);
    }

    /** Always {@value #SCENARIO}. */
    @Override
    public String scenario() {
        return SCENARIO;
    }

    /**
     * One model with one propagation.
     *
     * @param lines what each kind of line carried, in {@link LineKind}'s order
     */
    public record PropagationRun(String model, Propagation propagation, String description, List<RequestIdCheck> lines) {

        public PropagationRun {
            lines = List.copyOf(lines);
        }

        /** Whether every line of every kind carried its own request's id. */
        public boolean reachesEveryLine() {
            return lines.stream().allMatch(RequestIdCheck::allCarried);
        }

        /** The lines, of all kinds, that carried an id not their own request's. */
        public int wrong() {
            return lines.stream().mapToInt(RequestIdCheck::wrong).sum();
        }
    }

    /** A propagation of a model that has no run, and why. */
    public record NotRun(String model, Propagation propagation, String reason) {
    }
}
