package dev.vtvsreactive.virtualthreads;

import dev.vtvsreactive.lesson.Blocking;
import dev.vtvsreactive.lesson.LessonContext;
import dev.vtvsreactive.lesson.failure.BoundedFailureModel;
import dev.vtvsreactive.lesson.failure.Job;
import dev.vtvsreactive.lesson.failure.Outcome;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The blocking facade over {@link VirtualThreadsFailures}: each call runs on a virtual thread of its
 * own, and a wait that is interrupted or times out interrupts it, which cancels its jobs.
 */
public final class VirtualThreadsFailureModel extends BoundedFailureModel {

    private static final Duration SHUTDOWN_BOUND = Duration.ofSeconds(10);

    private final VirtualThreadsFailures failures;
    private final ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor();

    public VirtualThreadsFailureModel(LessonContext context) {
        super(VirtualThreadsModel.NAME, context);
        this.failures = new VirtualThreadsFailures(context);
    }

    @Override
    protected Future<List<String>> startGather(List<Job> jobs) {
        return callers.submit(() -> failures.gather(jobs));
    }

    @Override
    protected Future<List<Outcome<String>>> startGatherOutcomes(List<Job> jobs) {
        return callers.submit(() -> failures.gatherOutcomes(jobs));
    }

    @Override
    protected Future<List<String>> startTaskGroup(List<Job> jobs) {
        return callers.submit(() -> failures.taskGroup(jobs));
    }

    @Override
    protected Future<String> startWaitFor(Job job, Duration timeout) {
        return callers.submit(() -> failures.waitFor(job, timeout));
    }

    @Override
    public void close() {
        Blocking.shutDown(SHUTDOWN_BOUND, callers);
        failures.close();
    }
}
