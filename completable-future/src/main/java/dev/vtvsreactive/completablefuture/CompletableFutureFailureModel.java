package dev.vtvsreactive.completablefuture;

import dev.vtvsreactive.lesson.LessonContext;
import dev.vtvsreactive.lesson.failure.BoundedFailureModel;
import dev.vtvsreactive.lesson.failure.Job;
import dev.vtvsreactive.lesson.failure.Outcome;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Future;

/** The blocking facade over {@link CompletableFutureFailures}: its futures are waited for as they are. */
public final class CompletableFutureFailureModel extends BoundedFailureModel {

    private final CompletableFutureFailures failures;

    public CompletableFutureFailureModel(LessonContext context) {
        super(CompletableFutureModel.NAME, context);
        this.failures = new CompletableFutureFailures(context);
    }

    @Override
    protected Future<List<String>> startGather(List<Job> jobs) {
        return failures.gather(jobs);
    }

    @Override
    protected Future<List<Outcome<String>>> startGatherOutcomes(List<Job> jobs) {
        return failures.gatherOutcomes(jobs);
    }

    @Override
    protected Future<List<String>> startTaskGroup(List<Job> jobs) {
        return failures.taskGroup(jobs);
    }

    @Override
    protected Future<String> startWaitFor(Job job, Duration timeout) {
        return failures.waitFor(job, timeout);
    }

    @Override
    public void close() {
        failures.close();
    }
}
