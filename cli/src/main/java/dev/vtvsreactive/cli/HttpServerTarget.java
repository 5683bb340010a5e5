package dev.vtvsreactive.cli;

import dev.vtvsreactive.lesson.http.HttpTimeouts;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * The jsonplaceholder-compatible server the HTTP scenario talks to.
 *
 * @param baseUrl where {@code posts/1} and {@code comments/1} are resolved
 * @param latency the server's latency per request when the CLI knows it (its embedded stub), else empty
 * @param timeouts how long every model's client waits for it
 */
record HttpServerTarget(URI baseUrl, Optional<Duration> latency, HttpTimeouts timeouts) {

    /** The embedded stub at {@code baseUrl}, answering after {@code latency}. */
    static HttpServerTarget stub(URI baseUrl, Duration latency, HttpTimeouts timeouts) {
        return new HttpServerTarget(baseUrl, Optional.of(latency), timeouts);
    }

    /** A server the user named, whose latency is unknown. */
    static HttpServerTarget external(URI baseUrl, HttpTimeouts timeouts) {
        return new HttpServerTarget(baseUrl, Optional.empty(), timeouts);
    }
}
