package dev.vtvsreactive.stub;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.vtvsreactive.lesson.Blocking;
import dev.vtvsreactive.lesson.http.LessonJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
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
 * <p>Latency is configurable server-wide and per request ({@code ?delay=100} in milliseconds, or
 * every resource under {@link #baseUrl(Duration)}).
 * Every resource under {@link #baseUrl(Fault)} fails in the way the {@link Fault} says: a refused or
 * hanging connect, a response that never comes, an error status, malformed JSON, a reset mid-body.
 * Each exchange runs on its own virtual thread, so one request's latency never holds up another.
 * The stub counts requests and the most it had in flight at once, so tests can observe that a
 * model's two GETs overlap; a stub in another process tells them at {@code GET /stats} (uncounted),
 * and {@code DELETE /stats} resets them.
 */
public final class JsonPlaceholderStub implements AutoCloseable {

    private static final Pattern RESOURCE = Pattern.compile("/(posts|comments)/(\\d{1,9})");
    private static final Pattern FAULT = Pattern.compile("/fault/([a-z-]+)/.*");
    private static final Pattern DELAYED = Pattern.compile("/delay/(\\d{1,9})(/.*)");
    /** Where a stub in another process tells its counts: {@code {"requests":…,"maxInFlight":…}}. */
    public static final String STATS_PATH = "/stats";
    private static final Duration MAX_DELAY = Duration.ofMinutes(1);
    private static final int BACKLOG = 4096;
    private static final Duration SHUTDOWN_BOUND = Duration.ofSeconds(10);
    /** Where {@link Fault#MALFORMED_JSON} cuts the body off. */
    private static final int MALFORMED_LENGTH = 20;
    /**
     * The JDK's {@code HttpServer} keeps at most 200 idle keep-alive connections by default and
     * closes the others as soon as their response is sent, racing the clients that reuse them
     * (reactor-netty then fails a GET it has already sent). A public API keeps its connections
     * alive; so does the stub, unless the property is set on the command line. It is read once,
     * when the first {@code HttpServer} of the JVM is made.
     */
    private static final String MAX_IDLE_CONNECTIONS = "sun.net.httpserver.maxIdleConnections";

    static {
        if (System.getProperty(MAX_IDLE_CONNECTIONS) == null) {
            System.setProperty(MAX_IDLE_CONNECTIONS, Integer.toString(BACKLOG));
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final Duration latency;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();
    private final AtomicLong requests = new AtomicLong();
    private final FaultSockets faultSockets = new FaultSockets(LessonJson.MAPPER.writeValueAsBytes(StubData.POST_1));

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

    /**
     * The base URL under which every GET fails with {@code fault}: {@code http://127.0.0.1:<port>/fault/server-error/}
     * for the faults of this server, another port for the refused, hanging and reset connections
     * (opened on first use, closed with the stub).
     */
    public URI baseUrl(Fault fault) {
        return switch (fault) {
            case CONNECTION_REFUSED, SLOW_CONNECT, RESET_MID_BODY ->
                    URI.create("http://127.0.0.1:" + faultSockets.port(fault) + "/");
            case SLOW_RESPONSE, SERVER_ERROR, NOT_FOUND, MALFORMED_JSON -> baseUrl().resolve("/fault/" + fault.slug() + "/");
        };
    }

    /**
     * The base URL under which every resource is answered after {@code delay} instead of the stub's
     * latency: {@code http://127.0.0.1:<port>/delay/0/}. A client can be warmed at no latency on the
     * very resources it will then fetch at the stub's.
     */
    public URI baseUrl(Duration delay) {
        return delayed(baseUrl(), delay);
    }

    /**
     * {@link #baseUrl(Duration)} of the stub serving at {@code baseUrl}, in this process or another.
     *
     * @throws IllegalArgumentException if {@code delay} is negative or over a minute
     */
    public static URI delayed(URI baseUrl, Duration delay) {
        return baseUrl.resolve("/delay/" + checkDelay(delay, "delay").toMillis() + "/");
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

    /** Stops the server, interrupting the requests it is still answering, and closes the fault sockets. */
    @Override
    public void close() {
        server.stop(0);
        Blocking.shutDown(SHUTDOWN_BOUND, executor);
        faultSockets.close();
    }

    /**
     * A request is in flight from its arrival until the stub starts to answer it: counted down
     * before the response is written, as a client may send its next request as soon as it has read
     * this response, before this handler has returned.
     */
    private void handle(HttpExchange exchange) throws IOException {
        if (STATS_PATH.equals(exchange.getRequestURI().getPath())) {
            try (exchange) {
                answerStats(exchange);
            }
            return;
        }
        requests.incrementAndGet();
        maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        try (exchange) {
            Response response;
            try {
                response = respond(exchange);
            } finally {
                inFlight.decrementAndGet();
            }
            exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
            exchange.sendResponseHeaders(response.status(), response.body().length);
            exchange.getResponseBody().write(response.body());
        }
    }

    /** The counts, or their reset; never counted themselves. */
    private void answerStats(HttpExchange exchange) throws IOException {
        Response response = switch (exchange.getRequestMethod()) {
            case "GET" -> Response.json(200, new Stats(requests(), maxInFlight()));
            case "DELETE" -> {
                resetStats();
                yield Response.json(200, new Stats(requests(), maxInFlight()));
            }
            default -> Response.error(405, "only GET and DELETE are served at " + STATS_PATH + ", not " + exchange.getRequestMethod());
        };
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(response.status(), response.body().length);
        exchange.getResponseBody().write(response.body());
    }

    /**
     * What the stub counted since it started or was reset, as {@code GET /stats} tells it.
     *
     * @param requests    the requests answered or being answered
     * @param maxInFlight the most in flight at once
     */
    public record Stats(long requests, int maxInFlight) {
    }

    private record Response(int status, byte[] body) {
        static Response json(int status, Object body) {
            return new Response(status, LessonJson.MAPPER.writeValueAsBytes(body));
        }

        static Response error(int status, String message) {
            return json(status, Map.of("error", message));
        }
    }

    private Response respond(HttpExchange exchange) {
        if (!"GET".equals(exchange.getRequestMethod())) {
            return Response.error(405, "only GET is served, not " + exchange.getRequestMethod());
        }
        URI uri = exchange.getRequestURI();
        String path = uri.getPath();
        Matcher delayed = DELAYED.matcher(path);
        Duration delay;
        try {
            if (delayed.matches()) {
                delay = checkDelay(Duration.ofMillis(Long.parseLong(delayed.group(1))), "delay");
                path = delayed.group(2);
            } else {
                delay = requestDelay(uri.getRawQuery());
            }
        } catch (IllegalArgumentException e) {
            return Response.error(400, e.getMessage());
        }
        Matcher fault = FAULT.matcher(path);
        if (fault.matches()) {
            return fault(fault.group(1));
        }
        try {
            Thread.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return stopping();
        }
        Matcher matcher = RESOURCE.matcher(path);
        if (!matcher.matches()) {
            return Response.error(404, "no resource at " + uri.getPath() + "; try /posts/1 or /comments/1");
        }
        int id = Integer.parseInt(matcher.group(2));
        Optional<?> found = matcher.group(1).equals("posts") ? StubData.post(id) : StubData.comment(id);
        return found.map(body -> Response.json(200, body))
                .orElseGet(() -> Response.error(404, "no " + matcher.group(1) + " with id " + id));
    }

    private static Response fault(String slug) {
        return switch (slug) {
            case "slow-response" -> {
                try {
                    Thread.sleep(MAX_DELAY);
                    yield Response.error(504, "the stub's slow response gave up after " + MAX_DELAY.toSeconds() + " s");
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    yield stopping();
                }
            }
            case "server-error" -> Response.error(500, "the stub fails on purpose");
            case "not-found" -> Response.error(404, "the stub finds nothing on purpose");
            case "malformed-json" -> new Response(200,
                    Arrays.copyOf(LessonJson.MAPPER.writeValueAsBytes(StubData.POST_1), MALFORMED_LENGTH));
            default -> Response.error(404, "no fault called '" + slug + "'");
        };
    }

    private static Response stopping() {
        return Response.error(503, "stub is stopping");
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
