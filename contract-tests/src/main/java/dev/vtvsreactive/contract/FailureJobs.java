package dev.vtvsreactive.contract;

import dev.vtvsreactive.lesson.failure.Job;
import java.time.Duration;
import java.util.List;

/**
 * The jobs of every failure test, the contract's and each model's own: a step lasts 10 ms, a slow
 * job runs 100 of them (1 s), a job that fails soon fails after 5 (50 ms). A failure is "early"
 * when it reaches the caller while the slow jobs are still running.
 */
public final class FailureJobs {

    public static final Duration STEP = Duration.ofMillis(10);

    private FailureJobs() {
    }

    public static Job slow(String name) {
        return Job.succeeding(name, 100, STEP);
    }

    public static Job failingSoon(String name) {
        return Job.failing(name, 5, STEP);
    }

    /** A, B and C of 150, 50 and 100 ms: they end in the order B, C, A, not in the order given. */
    public static List<Job> endingOutOfOrder() {
        return List.of(Job.succeeding("A", 15, STEP), Job.succeeding("B", 5, STEP), Job.succeeding("C", 10, STEP));
    }
}
