package dev.vtvsreactive.lesson.load;

import dev.vtvsreactive.lesson.http.JsonPlaceholder;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;

/**
 * An open-loop load's fixed schedule: {@code requests} GETs of posts, GET {@code i} due at
 * {@code start + i × interval} whatever the earlier ones are doing. A client that waits for a slow
 * answer before sending the next request would hide that slowness from its own measurements
 * (coordinated omission); on this schedule each GET's latency is counted from when it was due.
 *
 * @param requests how many GETs, at least one
 * @param interval the time between two due GETs, at least a microsecond
 */
public record LoadSchedule(int requests, Duration interval) {

    /** The posts the schedule cycles through: the stub's 1 to 100, as jsonplaceholder serves them. */
    public static final int POSTS = 100;

    private static final Duration SHORTEST_INTERVAL = Duration.ofNanos(1_000);

    public LoadSchedule {
        if (requests < 1) {
            throw new IllegalArgumentException("a load schedule has at least one request, was " + requests);
        }
        if (interval == null || interval.compareTo(SHORTEST_INTERVAL) < 0) {
            throw new IllegalArgumentException("a load schedule's interval must be at least 1 µs, was " + interval);
        }
    }

    /**
     * The schedule of {@code ratePerSecond} GETs a second for {@code duration}.
     *
     * @throws IllegalArgumentException naming the rate or duration that makes no schedule
     */
    public static LoadSchedule of(double ratePerSecond, Duration duration) {
        if (!(ratePerSecond > 0 && ratePerSecond <= 1_000_000)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "a load's rate must be above 0 and at most 1,000,000 requests a second, was %s", ratePerSecond));
        }
        if (duration == null || duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("a load's duration must be positive, was " + duration);
        }
        long requests = Math.round(ratePerSecond * duration.toNanos() / 1e9);
        if (requests < 1 || requests > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "%s requests a second for %s makes %d requests; a load needs 1 to %d", ratePerSecond, duration,
                    requests, Integer.MAX_VALUE));
        }
        return new LoadSchedule((int) requests, Duration.ofNanos(Math.round(1e9 / ratePerSecond)));
    }

    /** When GET {@code index} is due, on the {@link System#nanoTime} clock of a schedule that began at {@code startNanos}. */
    public long dueNanos(long startNanos, long index) {
        return startNanos + index * interval.toNanos();
    }

    /** The URL of GET {@code index}: {@code posts/1} to {@code posts/100} in turn. */
    public URI url(URI baseUrl, long index) {
        return JsonPlaceholder.resolve(baseUrl, JsonPlaceholder.post(postId(index)));
    }

    /** The post GET {@code index} asks for. */
    public int postId(long index) {
        return (int) (index % POSTS) + 1;
    }

    /** From the first GET's due time to the last's. */
    public Duration span() {
        return interval.multipliedBy(requests - 1L);
    }

    /** The rate the schedule offers, in requests a second. */
    public double ratePerSecond() {
        return 1e9 / interval.toNanos();
    }
}
