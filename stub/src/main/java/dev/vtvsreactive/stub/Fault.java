package dev.vtvsreactive.stub;

import java.util.Locale;

/**
 * A way the {@linkplain JsonPlaceholderStub stub} fails every GET under
 * {@link JsonPlaceholderStub#baseUrl(Fault)}, for the tests of how each model reports it.
 */
public enum Fault {

    /** Nothing listens on the port: the connection is refused at once. */
    CONNECTION_REFUSED,
    /**
     * The port listens but never accepts, and its accept queue is full, so the kernel drops the
     * client's SYN and the connect hangs until the client's connect timeout. (This is how a slow
     * connect is simulated on Linux, where it was checked; a system whose kernel refuses instead of
     * dropping gives a refused connection.)
     */
    SLOW_CONNECT,
    /** The request is read, and no response comes until the stub is closed (or a minute passes). */
    SLOW_RESPONSE,
    /** {@code HTTP 500} with a JSON error. */
    SERVER_ERROR,
    /** {@code HTTP 404} with a JSON error. */
    NOT_FOUND,
    /** {@code HTTP 200} whose JSON body is cut off in the middle. */
    MALFORMED_JSON,
    /** {@code HTTP 200} announcing a longer body than is sent, then the connection is reset (a TCP RST). */
    RESET_MID_BODY;

    /** The path segment that selects this fault on the stub's HTTP port, e.g. {@code server-error}. */
    String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
