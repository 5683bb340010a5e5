package dev.vtvsreactive.lesson.context;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.MDC;

/**
 * Requests served at once, as a thread-per-request server serves them: each on a virtual thread of
 * its own, its id put in the MDC first (as a request filter does) and removed after.
 */
final class ConcurrentRequests {

    /** What a request's thread does once its id is in the MDC. */
    @FunctionalInterface
    interface Handler {
        void handle(Request request) throws Exception;
    }

    private ConcurrentRequests() {
    }

    /**
     * Serves every request at once and waits until all are done.
     *
     * @param bound how long to wait for all of them; those still running then are interrupted
     * @throws IllegalStateException naming the first request that failed or did not end within {@code bound}
     */
    static void serve(List<Request> requests, Duration bound, Handler handler) throws InterruptedException {
        ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
        try {
            List<Future<?>> served = new ArrayList<>(requests.size());
            for (Request request : requests) {
                served.add(executor.submit(() -> {
                    request.id().ifPresent(id -> MDC.put(RequestLog.KEY, id));
                    try {
                        handler.handle(request);
                    } finally {
                        MDC.remove(RequestLog.KEY);
                    }
                    return null;
                }));
            }
            long deadline = System.nanoTime() + bound.toNanos();
            for (int i = 0; i < served.size(); i++) {
                try {
                    served.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                } catch (ExecutionException e) {
                    throw new IllegalStateException("request " + requests.get(i).name() + " failed: " + e.getCause(), e.getCause());
                } catch (TimeoutException e) {
                    throw new IllegalStateException("request " + requests.get(i).name() + " of " + requests.size()
                            + " had not ended " + bound.toMillis() + " ms after they started");
                }
            }
        } finally {
            executor.shutdownNow();
        }
    }
}
