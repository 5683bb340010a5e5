package dev.vtvsreactive.lesson.http;

import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * A GET of the lesson's HTTP example that did not yield the expected JSON, with a message naming
 * the URL and the cause: {@code GET http://127.0.0.1:8080/posts/1: HTTP 404}.
 */
public final class HttpFailure extends RuntimeException {

    /** Why the GET failed. */
    public enum Kind {
        CONNECTION_REFUSED("connection refused"),
        CONNECT_TIMEOUT("connect timed out"),
        RESPONSE_TIMEOUT("response timed out"),
        STATUS("unexpected HTTP status"),
        MALFORMED_JSON("malformed JSON"),
        IO("I/O error");

        private final String description;

        Kind(String description) {
            this.description = description;
        }
    }

    private final URI url;
    private final Kind kind;

    public HttpFailure(URI url, Kind kind, String detail, Throwable cause) {
        super("GET " + url + ": " + kind.description + (detail == null || detail.isBlank() ? "" : " (" + detail + ")"),
                cause);
        this.url = url;
        this.kind = kind;
    }

    /** A response whose status is not 2xx. */
    public static HttpFailure status(URI url, int status) {
        return new HttpFailure(url, Kind.STATUS, "HTTP " + status, null);
    }

    /** Classifies what a client threw while getting {@code url}. */
    public static HttpFailure of(URI url, Throwable thrown) {
        Throwable cause = unwrap(thrown);
        if (cause instanceof HttpFailure failure) {
            return failure;
        }
        String name = cause.getClass().getSimpleName();
        Kind kind;
        if (cause instanceof HttpConnectTimeoutException || name.equals("ConnectTimeoutException")) {
            kind = Kind.CONNECT_TIMEOUT;
        } else if (cause instanceof ConnectException) {
            kind = Kind.CONNECTION_REFUSED;
        } else if (cause instanceof HttpTimeoutException || name.contains("Timeout")) {
            kind = Kind.RESPONSE_TIMEOUT;
        } else {
            kind = Kind.IO;
        }
        return new HttpFailure(url, kind, cause.getMessage(), cause);
    }

    private static Throwable unwrap(Throwable thrown) {
        Throwable t = thrown;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    public URI url() {
        return url;
    }

    public Kind kind() {
        return kind;
    }
}
