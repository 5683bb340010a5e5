package dev.vtvsreactive.reactor;

import dev.vtvsreactive.lesson.http.HttpFailure;
import dev.vtvsreactive.lesson.http.JdkHttp;
import dev.vtvsreactive.lesson.http.LessonJson;
import io.netty.channel.ChannelOption;
import java.net.URI;
import java.time.Duration;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;
import reactor.netty.resources.LoopResources;

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
    private final HttpClient client = HttpClient.create(connections)
            .runOn(loops)
            .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, Math.toIntExact(JdkHttp.CONNECT_TIMEOUT.toMillis()))
            .responseTimeout(JdkHttp.RESPONSE_TIMEOUT);

    @Override
    public <T> Mono<T> get(URI url, Class<T> type) {
        return client.get()
                .uri(url)
                .responseSingle((response, body) -> body.asByteArray()
                        .defaultIfEmpty(NO_BODY)
                        .map(bytes -> LessonJson.read(url, response.status().code(), bytes, type)))
                .onErrorMap(error -> HttpFailure.of(url, error));
    }

    @Override
    public void close() {
        connections.disposeLater()
                .then(loops.disposeLater(Duration.ZERO, Duration.ofSeconds(5)))
                .block(Duration.ofSeconds(10));
    }
}
