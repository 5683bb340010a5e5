package dev.vtvsreactive.lesson.stub;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.vtvsreactive.lesson.http.LessonJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real HTTP server standing in for jsonplaceholder on 127.0.0.1: {@code GET /posts/{id}} (1–100)
 * and {@code GET /comments/{id}} (1–500), 404 with a JSON error for anything else.
 *
 * <p>Latency is configurable server-wide and per request ({@code ?delay=100} in milliseconds).
 * Each exchange runs on its own virtual thread, so one request's latency never holds up another.
 * The stub counts requests and the most it had in flight at once, so tests can observe that a
 * model's two GETs overlap.
 */
public final class JsonPlaceholderStub implements AutoCloseable {

    private static final Pattern RESOURCE = Pattern.compile("/(posts|comments)/(\\d{1,9})");
    private static final Duration MAX_DELAY = Duration.ofMinutes(1);
    private static final int BACKLOG = 4096;

    private final HttpServer server;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final Duration latency;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();
    private final AtomicLong requests = new AtomicLong();

    private JsonPlaceholderStub(int port, Duration latency) throws IOException {
        this.latency = checkDelay(latency, "latency");
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), BACKLOG);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    /** Starts a stub on an ephemeral port with no added latency. */
    public static JsonPlaceholderStub start() {
        return start(0, Duration.ZERO);
    }

    /**
     * Starts a stub on {@code port} (0 for an ephemeral one) that waits {@code latency} before
     * answering each request.
     *
     * @throws UncheckedIOException naming the port when it cannot be bound
     */
    public static JsonPlaceholderStub start(int port, Duration latency) {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0 (any free port) to 65535, was " + port);
        }
        try {
            return new JsonPlaceholderStub(port, latency);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on 127.0.0.1:" + port + ": " + e.getMessage(), e);
        }
    }

    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The most requests this stub had in flight at once since it started or was {@link #resetStats reset}. */
    public int maxInFlight() {
        return maxInFlight.get();
    }

    /** The requests answered (or being answered) since it started or was {@link #resetStats reset}. */
    public long requests() {
        return requests.get();
    }

    public void resetStats() {
        maxInFlight.set(inFlight.get());
        requests.set(0);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.close();
    }

    private void handle(HttpExchange exchange) throws IOException {
        requests.incrementAndGet();
        maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        try (exchange) {
            Response response = respond(exchange);
            byte[] body = LessonJson.MAPPER.writeValueAsBytes(response.body());
            exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
            exchange.sendResponseHeaders(response.status(), body.length);
            exchange.getResponseBody().write(body);
        } finally {
            inFlight.decrementAndGet();
        }
    }

    private record Response(int status, Object body) {
        static Response error(int status, String message) {
            return new Response(status, Map.of("error", message));
        }
    }

    private Response respond(HttpExchange exchange) {
        if (!"GET".equals(exchange.getRequestMethod())) {
            return Response.error(405, "only GET is served, not " + exchange.getRequestMethod());
        }
        URI uri = exchange.getRequestURI();
        Duration delay;
        try {
            delay = requestDelay(uri.getRawQuery());
        } catch (IllegalArgumentException e) {
            return Response.error(400, e.getMessage());
        }
        try {
            Thread.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Response.error(503, "stub is stopping");
        }
        Matcher matcher = RESOURCE.matcher(uri.getPath());
        if (!matcher.matches()) {
            return Response.error(404, "no resource at " + uri.getPath() + "; try /posts/1 or /comments/1");
        }
        int id = Integer.parseInt(matcher.group(2));
        Optional<?> found = matcher.group(1).equals("posts") ? StubData.post(id) : StubData.comment(id);
        return found.<Response>map(body -> new Response(200, body))
                .orElseGet(() -> Response.error(404, "no " + matcher.group(1) + " with id " + id));
    }

    private Duration requestDelay(String query) {
        if (query == null) {
            return latency;
        }
        for (String parameter : query.split("&")) {
            if (parameter.startsWith("delay=")) {
                String millis = parameter.substring("delay=".length());
                try {
                    return checkDelay(Duration.ofMillis(Long.parseLong(millis)), "delay");
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("delay must be a whole number of milliseconds, was '" + millis + "'");
                }
            }
        }
        return latency;
    }

    private static Duration checkDelay(Duration delay, String what) {
        Objects.requireNonNull(delay, what);
        if (delay.isNegative() || delay.compareTo(MAX_DELAY) > 0) {
            throw new IllegalArgumentException(what + " must be 0 to 60000 ms, was " + delay.toMillis() + " ms");
        }
        return delay;
    }
}
