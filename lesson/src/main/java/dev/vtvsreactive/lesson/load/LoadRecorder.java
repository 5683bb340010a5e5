package dev.vtvsreactive.lesson.load;

import dev.vtvsreactive.lesson.http.Post;

/**
 * Where a model reports each GET of a {@link LoadSchedule} as it ends, from whichever thread ends
 * it: an implementation is thread-safe, quick, and never throws. It reads the clock itself, so a
 * GET's latency runs from {@code dueNanos} to the call.
 */
public interface LoadRecorder {

    /** GET {@code index}, due at {@code dueNanos}, answered {@code post}. */
    void answered(long index, long dueNanos, Post post);

    /** GET {@code index}, due at {@code dueNanos}, failed with {@code error}. */
    void failed(long index, long dueNanos, Throwable error);
}
