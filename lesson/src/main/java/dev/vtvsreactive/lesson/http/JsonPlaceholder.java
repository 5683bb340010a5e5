package dev.vtvsreactive.lesson.http;

import java.net.URI;
import java.net.URISyntaxException;
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
