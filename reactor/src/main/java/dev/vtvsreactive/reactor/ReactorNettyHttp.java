package dev.vtvsreactive.reactor;

import dev.vtvsreactive.lesson.http.HttpFailure;
import dev.vtvsreactive.lesson.http.HttpTimeouts;
import dev.vtvsreactive.lesson.http.LessonJson;
import io.netty.channel.ChannelOption;
import java.net.URI;
import java.time.Duration;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.http.client.PrematureCloseException;
import reactor.netty.resources.ConnectionProvider;
import reactor.netty.resources.LoopResources;
import reactor.util.retry.Retry;

/**
 * GETs with reactor-netty, Reactor's native HTTP client, on event loops and a connection pool of
 * its own (disposed on {@link #close}), with the same timeouts as the JDK client of the other models.
 */
final class ReactorNettyHttp implements ReactorHttp {

    /**
     * The pool's bound. reactor-netty's default (twice the cores, at least 16, with twice that
     * many pending acquires) would queue, then refuse, a batch of 100 concurrent GETs; the JDK
     * client the other models use opens as many HTTP/1.1 connections as there are requests.
     */
    static final int MAX_CONNECTIONS = 1_024;

    private static final byte[] NO_BODY = new byte[0];

    private final ConnectionProvider connections = ConnectionProvider.builder("reactor-lesson")
            .maxConnections(MAX_CONNECTIONS)
            .build();
    private final LoopResources loops = LoopResources.create("reactor-lesson");
    private final HttpTimeouts timeouts;
    private final HttpClient client;

    ReactorNettyHttp(HttpTimeouts timeouts) {
        LessonJson.warmUp(); // responses are parsed on the event loops, which must not wait for Jackson's lock
        this.timeouts = timeouts;
        this.client = HttpClient.create(connections)
                .runOn(loops)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, Math.toIntExact(timeouts.connect().toMillis()))
                .responseTimeout(timeouts.response());
    }

    @Override
    public <T> Mono<T> get(URI url, Class<T> type) {
        return client.get()
                .uri(url)
                .responseSingle((response, body) -> body.asByteArray()
                        .defaultIfEmpty(NO_BODY)
                        .map(bytes -> LessonJson.read(url, response.status().code(), bytes, type)))
                .retryWhen(Retry.max(1)
                        .filter(ReactorNettyHttp::closedBeforeResponse)
                        .onRetryExhaustedThrow((spec, signal) -> signal.failure()))
                .onErrorMap(error -> HttpFailure.of(url, error, timeouts));
    }

    /**
     * A pooled connection that the server closed as the request went out, before any byte of the
     * response: a server may close a kept-alive connection at any time (the JDK's {@code HttpServer}
     * keeps at most 200 idle ones). reactor-netty retries only a request it has not yet sent; the
     * JDK client retries a GET in this case ({@code ConnectionExpiredException}); so does this one,
     * once, as a GET is idempotent. Without it, 2,000 concurrent GETs to the stub fail.
     */
    private static boolean closedBeforeResponse(Throwable error) {
        return error instanceof PrematureCloseException && String.valueOf(error.getMessage()).contains("BEFORE response");
    }

    @Override
    public void close() {
        connections.disposeLater()
                .then(loops.disposeLater(Duration.ZERO, Duration.ofSeconds(5)))
                .block(Duration.ofSeconds(10));
    }
}
