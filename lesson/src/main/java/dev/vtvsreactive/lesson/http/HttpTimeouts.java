package dev.vtvsreactive.lesson.http;

import java.time.Duration;
import java.util.Objects;

/**
 * How long a GET may take to connect, and then to answer, in every model's client. The benchmarks
 * use {@link #DEFAULT}; the fault tests use short ones so that a stalled server fails fast.
 *
 * @param connect  the longest a TCP connection may take to open
 * @param response the longest the response may take once the request is sent
 */
public record HttpTimeouts(Duration connect, Duration response) {

    /** 5 s to connect, 30 s to answer: generous for a stub on loopback or a public API. */
    public static final HttpTimeouts DEFAULT = new HttpTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(30));

    public HttpTimeouts {
        check(connect, "connect timeout");
        check(response, "response timeout");
    }

    private static void check(Duration timeout, String what) {
        Objects.requireNonNull(timeout, what);
        if (!timeout.isPositive() || timeout.toMillis() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(what + " must be 1 ms to " + Integer.MAX_VALUE + " ms, was " + timeout);
        }
    }

    /**
     * Timeouts in which a GET has its answer within {@code response} of being sent, and its connection
     * within the same bound, or the {@linkplain #DEFAULT default} connect timeout where that is shorter.
     *
     * @throws IllegalArgumentException when {@code response} is not 1 ms to {@value Integer#MAX_VALUE} ms
     */
    public static HttpTimeouts answeringWithin(Duration response) {
        check(response, "response timeout");
        return new HttpTimeouts(response.compareTo(DEFAULT.connect) < 0 ? response : DEFAULT.connect, response);
    }

    /** The longest one GET may take: a connect and a response. */
    public Duration total() {
        return connect.plus(response);
    }
}
