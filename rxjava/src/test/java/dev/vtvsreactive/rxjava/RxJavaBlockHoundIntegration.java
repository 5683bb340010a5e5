package dev.vtvsreactive.rxjava;

import io.reactivex.rxjava3.internal.schedulers.NonBlockingThread;
import java.util.concurrent.FutureTask;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import reactor.blockhound.BlockHound;
import reactor.blockhound.integration.BlockHoundIntegration;

/**
 * Tells BlockHound which of RxJava's threads must not block: those of {@code Schedulers.computation()}
 * and {@code Schedulers.single()}, which RxJava marks with {@link NonBlockingThread}. RxJava ships
 * no integration of its own, so without this one BlockHound would check none of its threads.
 *
 * <p>Those threads are {@link ScheduledThreadPoolExecutor} workers: waiting for their next task, and
 * handing a task to another worker, take the work queue's lock, which BlockHound would report. They
 * are allowed, as Reactor's own integration allows them for its schedulers. So is the JDK's
 * cancellation handshake: a task disposed while it runs is cancelled with an interrupt, and
 * {@code FutureTask.handlePossibleCancellationInterrupt} yields until that interrupt has landed.
 */
public final class RxJavaBlockHoundIntegration implements BlockHoundIntegration {

    private static final String WORK_QUEUE = ScheduledThreadPoolExecutor.class.getName() + "$DelayedWorkQueue";

    @Override
    public void applyTo(BlockHound.Builder builder) {
        builder.nonBlockingThreadPredicate(nonBlocking -> nonBlocking.or(NonBlockingThread.class::isInstance))
                .allowBlockingCallsInside(WORK_QUEUE, "take")
                .allowBlockingCallsInside(WORK_QUEUE, "offer")
                .allowBlockingCallsInside(FutureTask.class.getName(), "handlePossibleCancellationInterrupt");
    }
}
