package dev.vtvsreactive.stub;

import dev.vtvsreactive.lesson.Blocking;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The faults the stub's HTTP server cannot make: a refused connection, a connect that hangs, a
 * connection reset mid-body. Each port is opened on first use and closed with the stub.
 */
final class FaultSockets implements AutoCloseable {

    /** Enough to fill any accept queue of backlog 1; the kernel keeps backlog + 1 on Linux. */
    private static final int MAX_QUEUE_FILLERS = 64;
    private static final int FILLER_CONNECT_TIMEOUT_MS = 200;
    private static final Duration PAUSE_BEFORE_RESET = Duration.ofMillis(50);
    private static final Duration REQUEST_READ_TIMEOUT = Duration.ofSeconds(5);

    private final InetAddress loopback = InetAddress.getLoopbackAddress();
    private final byte[] resetBody;
    private final ExecutorService connections = Executors.newVirtualThreadPerTaskExecutor();
    private final List<AutoCloseable> opened = new ArrayList<>();
    private int refusedPort;
    private ServerSocket stalled;
    private ServerSocket resetting;

    /** @param resetBody the whole body the reset response announces; half of it is sent */
    FaultSockets(byte[] resetBody) {
        this.resetBody = resetBody.clone();
    }

    synchronized int port(Fault fault) {
        try {
            return switch (fault) {
                case CONNECTION_REFUSED -> refusedPort();
                case SLOW_CONNECT -> stalled().getLocalPort();
                case RESET_MID_BODY -> resetting().getLocalPort();
                default -> throw new IllegalArgumentException(fault + " is served on the stub's HTTP port");
            };
        } catch (IOException e) {
            throw new UncheckedIOException("cannot set up the " + fault + " fault: " + e.getMessage(), e);
        }
    }

    /** A port that was free a moment ago and that nobody listens on. */
    private int refusedPort() throws IOException {
        if (refusedPort == 0) {
            try (ServerSocket probe = new ServerSocket(0, 1, loopback)) {
                refusedPort = probe.getLocalPort();
            }
        }
        return refusedPort;
    }

    /** A listening socket that never accepts, its accept queue filled by connections of our own. */
    private ServerSocket stalled() throws IOException {
        if (stalled == null) {
            stalled = open(new ServerSocket(0, 1, loopback));
            InetSocketAddress address = new InetSocketAddress(loopback, stalled.getLocalPort());
            for (int i = 0; i < MAX_QUEUE_FILLERS; i++) {
                Socket filler = open(new Socket());
                try {
                    filler.connect(address, FILLER_CONNECT_TIMEOUT_MS);
                } catch (SocketTimeoutException queueFull) {
                    return stalled;
                }
            }
            throw new IOException("the kernel accepted " + MAX_QUEUE_FILLERS
                    + " connections on a socket that never accepts them; a hanging connect cannot be simulated here");
        }
        return stalled;
    }

    /** A socket that answers each request with half a body, then resets the connection. */
    private ServerSocket resetting() throws IOException {
        if (resetting == null) {
            resetting = open(new ServerSocket(0, 50, loopback));
            ServerSocket listener = resetting;
            connections.submit(() -> acceptUntilClosed(listener));
        }
        return resetting;
    }

    private Void acceptUntilClosed(ServerSocket listener) throws IOException {
        try {
            while (true) {
                Socket connection = listener.accept();
                connections.submit(() -> resetMidBody(connection));
            }
        } catch (SocketException closed) {
            if (!listener.isClosed()) {
                throw closed;
            }
            return null;
        }
    }

    private Void resetMidBody(Socket connection) throws IOException, InterruptedException {
        try (connection) {
            connection.setSoTimeout(Math.toIntExact(REQUEST_READ_TIMEOUT.toMillis()));
            skipRequestHead(connection.getInputStream());
            OutputStream out = connection.getOutputStream();
            out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: "
                    + resetBody.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(resetBody, 0, resetBody.length / 2);
            out.flush();
            Thread.sleep(PAUSE_BEFORE_RESET);
            // Linger 0: close() sends a RST instead of a FIN.
            connection.setSoLinger(true, 0);
        }
        return null;
    }

    private static void skipRequestHead(InputStream in) throws IOException {
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        while (matched < end.length) {
            int next = in.read();
            if (next < 0) {
                throw new IOException("the client closed the connection before its request was complete");
            }
            matched = next == end[matched] ? matched + 1 : (next == '\r' ? 1 : 0);
        }
    }

    private <T extends AutoCloseable> T open(T closeable) {
        opened.add(closeable);
        return closeable;
    }

    @Override
    public synchronized void close() {
        for (AutoCloseable closeable : opened) {
            try {
                closeable.close();
            } catch (Exception e) {
                // Closing a socket of a stub that is going away: nothing is left to do about it.
            }
        }
        Blocking.shutDown(Duration.ofSeconds(10), connections);
    }
}
