package dev.vtvsreactive.lesson.failure;

import dev.vtvsreactive.lesson.Blocking;
import dev.vtvsreactive.lesson.LessonContext;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * The blocking facade of the failure lesson, written once: a model only says how each of its
 * idiomatic scenarios becomes a {@link Future}; this class waits for it with a bound and rethrows
 * the model's own error. A wait that is interrupted or times out cancels the future, and the model
 * turns that into the cancellation of every job (see {@link Blocking#await}).
 */
public abstract class BoundedFailureModel implements FailureModel {

    private final String name;
    protected final LessonContext context;

    protected BoundedFailureModel(String name, LessonContext context) {
        this.name = Objects.requireNonNull(name, "name");
        this.context = Objects.requireNonNull(context, "context");
    }

    protected abstract Future<List<String>> startGather(List<Job> jobs);

    protected abstract Future<List<Outcome<String>>> startGatherOutcomes(List<Job> jobs);

    protected abstract Future<List<String>> startTaskGroup(List<Job> jobs);

    protected abstract Future<String> startWaitFor(Job job, Duration timeout);

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final List<String> gather(List<Job> jobs) {
        return await("gather", jobs, () -> startGather(jobs));
    }

    @Override
    public final List<Outcome<String>> gatherOutcomes(List<Job> jobs) {
        return await("gather(return_exceptions=True)", jobs, () -> startGatherOutcomes(jobs));
    }

    @Override
    public final List<String> taskGroup(List<Job> jobs) {
        return await("TaskGroup", jobs, () -> startTaskGroup(jobs));
    }

    @Override
    public final String waitFor(Job job, Duration timeout) {
        Objects.requireNonNull(job, "job");
        FailureModel.checkTimeout(timeout);
        return Blocking.await(startWaitFor(job, timeout), context.waitBound(timeout), name + ": wait_for");
    }

    private <T> T await(String scenario, List<Job> jobs, Supplier<Future<T>> start) {
        Objects.requireNonNull(jobs, "jobs");
        return Blocking.await(start.get(), context.waitBound(Job.longest(jobs)), name + ": " + scenario);
    }
}
