package dev.vtvsreactive.rxjava;

import dev.vtvsreactive.lesson.LessonContext;
import dev.vtvsreactive.lesson.failure.BoundedFailureModel;
import dev.vtvsreactive.lesson.failure.Job;
import dev.vtvsreactive.lesson.failure.Outcome;
import io.reactivex.rxjava3.core.Single;
import io.reactivex.rxjava3.schedulers.Schedulers;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Future;

/**
 * The blocking facade over {@link RxJavaFailures}, its timers on {@code Schedulers.computation()}.
 * Each {@code Single} is subscribed as a {@code CompletionStage}, whose {@code cancel} disposes it.
 */
public final class RxJavaFailureModel extends BoundedFailureModel {

    private final RxJavaFailures failures;

    public RxJavaFailureModel(LessonContext context) {
        super(RxJavaModel.NAME, context);
        this.failures = new RxJavaFailures(context, Schedulers.computation());
    }

    @Override
    protected Future<List<String>> startGather(List<Job> jobs) {
        return start(failures.gather(jobs));
    }

    @Override
    protected Future<List<Outcome<String>>> startGatherOutcomes(List<Job> jobs) {
        return start(failures.gatherOutcomes(jobs));
    }

    @Override
    protected Future<List<String>> startTaskGroup(List<Job> jobs) {
        return start(failures.taskGroup(jobs));
    }

    @Override
    protected Future<String> startWaitFor(Job job, Duration timeout) {
        return start(failures.waitFor(job, timeout));
    }

    private static <T> Future<T> start(Single<T> single) {
        return single.toCompletionStage().toCompletableFuture();
    }

    @Override
    public void close() {
        failures.close();
    }
}
