package dev.vtvsreactive.reactor;

import dev.vtvsreactive.lesson.LessonContext;
import dev.vtvsreactive.lesson.failure.BoundedFailureModel;
import dev.vtvsreactive.lesson.failure.Job;
import dev.vtvsreactive.lesson.failure.Outcome;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Future;

/**
 * The blocking facade over {@link ReactorFailures}: each {@code Mono} is subscribed with
 * {@code toFuture()}, whose {@code cancel} cancels the subscription.
 */
public final class ReactorFailureModel extends BoundedFailureModel {

    private final ReactorFailures failures;

    public ReactorFailureModel(LessonContext context) {
        super(ReactorModel.NAME, context);
        this.failures = new ReactorFailures(context);
    }

    @Override
    protected Future<List<String>> startGather(List<Job> jobs) {
        return failures.gather(jobs).toFuture();
    }

    @Override
    protected Future<List<Outcome<String>>> startGatherOutcomes(List<Job> jobs) {
        return failures.gatherOutcomes(jobs).toFuture();
    }

    @Override
    protected Future<List<String>> startTaskGroup(List<Job> jobs) {
        return failures.taskGroup(jobs).toFuture();
    }

    @Override
    protected Future<String> startWaitFor(Job job, Duration timeout) {
        return failures.waitFor(job, timeout).toFuture();
    }

    @Override
    public void close() {
        failures.close();
    }
}
