package dev.vtvsreactive.lesson;

import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The one bounded wait of the blocking facades: waits for a {@link Future}, rethrows the work's own
 * exception unwrapped, and on timeout or interrupt cancels the work instead of leaving it behind.
 */
public final class Blocking {

    private Blocking() {
    }

    /**
     * The result of {@code work}, waiting at most {@code bound}.
     *
     * @param what names the work in the messages, e.g. {@code "reactor: gather"}
     * @throws LessonTimeoutException when {@code bound} passes first; the work is cancelled
     * @throws CancellationException when the waiting thread is interrupted; the work is cancelled
     */
    public static <T> T await(Future<T> work, Duration bound, String what) {
        try {
            return work.get(bound.toNanos(), TimeUnit.NANOSECONDS);
        } catch (ExecutionException e) {
            throw unchecked(e.getCause());
        } catch (TimeoutException e) {
            work.cancel(true);
            throw new LessonTimeoutException(what + " did not finish within " + bound.toMillis() + " ms");
        } catch (InterruptedException e) {
            work.cancel(true);
            Thread.currentThread().interrupt();
            throw new CancellationException(what + ": interrupted while waiting");
        }
    }

    /**
     * Shuts {@code executors} down, interrupting what still runs on them, and waits at most
     * {@code bound} for them all to terminate.
     *
     * @throws IllegalStateException naming the executor that did not terminate in time
     */
    public static void shutDown(Duration bound, ExecutorService... executors) {
        for (ExecutorService executor : executors) {
            executor.shutdownNow();
        }
        long deadline = System.nanoTime() + bound.toNanos();
        try {
            for (ExecutorService executor : executors) {
                if (!executor.awaitTermination(deadline - System.nanoTime(), TimeUnit.NANOSECONDS)) {
                    throw new IllegalStateException(executor + " did not terminate within " + bound.toMillis() + " ms");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while waiting for executors to terminate");
        }
    }

    /** {@code thrown} as an unchecked exception, without the wrappers futures add. */
    public static RuntimeException unchecked(Throwable thrown) {
        Throwable cause = thrown;
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return switch (cause) {
            case RuntimeException runtime -> runtime;
            case Error error -> throw error;
            default -> new CompletionException(cause);
        };
    }

    /** A scenario that did not finish within its bound. */
    public static final class LessonTimeoutException extends RuntimeException {
        public LessonTimeoutException(String message) {
            super(message);
        }
    }
}
