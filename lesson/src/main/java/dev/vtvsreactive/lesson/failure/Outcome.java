package dev.vtvsreactive.lesson.failure;

import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Future;

/**
 * How one job of {@code asyncio.gather(..., return_exceptions=True)} ended: Python puts the result
 * or the exception itself in the list; Java says which it is.
 */
public sealed interface Outcome<T> {

    /** The job returned {@code value}. */
    record Success<T>(T value) implements Outcome<T> {
    }

    /** The job raised {@code error}. */
    record Failure<T>(Throwable error) implements Outcome<T> {
        public Failure {
            Objects.requireNonNull(error, "error");
        }
    }

    static <T> Outcome<T> success(T value) {
        return new Success<>(value);
    }

    static <T> Outcome<T> failure(Throwable error) {
        return new Failure<>(error);
    }

    /**
     * How a finished {@code future} ended: its result, its exception (unwrapped), or a
     * {@link CancellationException} if it was cancelled.
     *
     * @throws IllegalStateException if the future is still running
     */
    static <T> Outcome<T> of(Future<T> future) {
        return switch (future.state()) {
            case SUCCESS -> success(future.resultNow());
            case FAILED -> failure(future.exceptionNow());
            case CANCELLED -> failure(new CancellationException("cancelled"));
            case RUNNING -> throw new IllegalStateException("the outcome of a running future is not known yet: " + future);
        };
    }
}
