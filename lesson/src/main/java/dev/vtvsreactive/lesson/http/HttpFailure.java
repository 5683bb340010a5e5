package dev.vtvsreactive.lesson.http;

import java.io.EOFException;
import java.io.IOException;
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
        CONNECTION_CLOSED("connection closed before the response was complete"),
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
        return of(url, thrown, null);
    }

    /**
     * Classifies what a client with {@code timeouts} threw while getting {@code url}; a timeout's
     * message says which one fired and how long it was.
     */
    public static HttpFailure of(URI url, Throwable thrown, HttpTimeouts timeouts) {
        Throwable cause = unwrap(thrown);
        if (cause instanceof HttpFailure failure) {
            return failure;
        }
        Kind kind = kind(cause);
        return new HttpFailure(url, kind, detail(kind, cause, timeouts), cause);
    }

    /**
     * Which {@link Kind} a client's exception is. The JDK client and reactor-netty throw different
     * types for the same fault, and wrap them differently, so the causes are looked at too.
     */
    private static Kind kind(Throwable cause) {
        String name = cause.getClass().getSimpleName();
        if (cause instanceof HttpConnectTimeoutException || name.equals("ConnectTimeoutException")) {
            return Kind.CONNECT_TIMEOUT;
        }
        if (cause instanceof ConnectException) {
            return Kind.CONNECTION_REFUSED;
        }
        if (cause instanceof HttpTimeoutException || name.contains("Timeout")) {
            return Kind.RESPONSE_TIMEOUT;
        }
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (closedEarly(t)) {
                return Kind.CONNECTION_CLOSED;
            }
        }
        return Kind.IO;
    }

    /**
     * An end of stream or a reset before the response was complete: the JDK client's
     * {@code EOFException} or {@code SocketException: Connection reset}, reactor-netty's
     * {@code PrematureCloseException} or its native transport's {@code Connection reset by peer}.
     */
    private static boolean closedEarly(Throwable t) {
        String message = String.valueOf(t.getMessage());
        return t instanceof EOFException
                || t.getClass().getSimpleName().equals("PrematureCloseException")
                || t instanceof IOException && message.contains("Connection reset");
    }

    private static String detail(Kind kind, Throwable cause, HttpTimeouts timeouts) {
        String message = message(cause);
        return switch (kind) {
            case CONNECT_TIMEOUT -> timeouts == null ? message
                    : "no connection within " + timeouts.connect().toMillis() + " ms: " + message;
            case RESPONSE_TIMEOUT -> timeouts == null ? message
                    : "no response within " + timeouts.response().toMillis() + " ms: " + message;
            case CONNECTION_CLOSED -> cause.getCause() == null ? message : message + "; " + message(rootCause(cause));
            default -> message;
        };
    }

    private static String message(Throwable t) {
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    private static Throwable rootCause(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
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
