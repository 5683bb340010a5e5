package dev.vtvsreactive.lesson.http;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Objects;

/**
 * The two resources of the lesson's HTTP example, resolved against any jsonplaceholder-compatible
 * server: the embedded stub, or the real one.
 */
public final class JsonPlaceholder {

    public static final String POST_1 = "posts/1";
    public static final String COMMENT_1 = "comments/1";

    private JsonPlaceholder() {
    }

    /** The path of post {@code id}. */
    public static String post(int id) {
        return "posts/" + id;
    }

    /**
     * Checks the concurrency bound of a batch of GETs.
     *
     * @throws IllegalArgumentException naming the bad value
     */
    public static int checkConcurrency(int maxConcurrency) {
        if (maxConcurrency < 1) {
            throw new IllegalArgumentException("maxConcurrency must be at least 1, was " + maxConcurrency);
        }
        return maxConcurrency;
    }

    /**
     * How long a blocking caller waits for {@code requests} GETs made at most {@code maxConcurrency}
     * at a time, with the {@linkplain HttpTimeouts#DEFAULT default} timeouts.
     */
    public static Duration waitBound(int requests, int maxConcurrency) {
        return waitBound(requests, maxConcurrency, HttpTimeouts.DEFAULT);
    }

    /**
     * How long a blocking caller waits for {@code requests} GETs made at most {@code maxConcurrency}
     * at a time: each round of requests may take up to a connect and a response timeout. A client
     * whose timeout fires reports its {@link HttpFailure} within this bound.
     */
    public static Duration waitBound(int requests, int maxConcurrency, HttpTimeouts timeouts) {
        long rounds = Math.max(1, (requests + (long) checkConcurrency(maxConcurrency) - 1) / maxConcurrency);
        return timeouts.total().multipliedBy(rounds).plusSeconds(5);
    }

    /**
     * Checks that {@code baseUrl} is an absolute http(s) URL and returns it ready for
     * {@link #resolve}: a path prefix such as {@code http://host/api} is kept.
     *
     * @throws IllegalArgumentException naming what is wrong with it
     */
    public static URI baseUrl(String baseUrl) {
        Objects.requireNonNull(baseUrl, "base URL");
        URI uri;
        try {
            uri = new URI(baseUrl);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("base URL is not a URL: " + baseUrl + " (" + e.getReason() + ")");
        }
        return baseUrl(uri);
    }

    /** {@link #baseUrl(String)} for a parsed URI. */
    public static URI baseUrl(URI uri) {
        Objects.requireNonNull(uri, "base URL");
        String scheme = uri.getScheme();
        if (!"http".equalsIgnoreCase(scheme) && !"https".equalsIgnoreCase(scheme) || uri.getHost() == null) {
            throw new IllegalArgumentException(
                    "base URL must be an absolute http(s) URL such as http://127.0.0.1:8080, was: " + uri);
        }
        if (uri.getQuery() != null || uri.getFragment() != null) {
            throw new IllegalArgumentException("base URL must not have a query or fragment, was: " + uri);
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return uri.resolve(path.endsWith("/") ? path : path + "/");
    }

    /** {@code baseUrl} + {@code path}, e.g. {@code http://127.0.0.1:8080/posts/1}. */
    public static URI resolve(URI baseUrl, String path) {
        return baseUrl(baseUrl).resolve(path);
    }
}
