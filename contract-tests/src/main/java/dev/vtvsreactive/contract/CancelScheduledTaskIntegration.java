package dev.vtvsreactive.contract;

import java.util.concurrent.ScheduledThreadPoolExecutor;
import reactor.blockhound.BlockHound;
import reactor.blockhound.integration.BlockHoundIntegration;

/**
 * Lets a non-blocking thread cancel a scheduled task. Reactor's and RxJava's schedulers are
 * {@link ScheduledThreadPoolExecutor}s that remove a cancelled task from their work queue, which takes
 * the queue's lock for a moment; when another worker holds it, the canceller parks briefly, and
 * BlockHound would report that park as blocking. A gather that fails cancels its other tasks' timers
 * from whichever thread saw the failure, so the park comes and goes with the load on the machine.
 * Both libraries' own integrations already allow the queue's {@code take} and {@code offer} for the
 * same lock.
 */
public final class CancelScheduledTaskIntegration implements BlockHoundIntegration {

    @Override
    public void applyTo(BlockHound.Builder builder) {
        builder.allowBlockingCallsInside(ScheduledThreadPoolExecutor.class.getName() + "$DelayedWorkQueue", "remove");
    }
}
