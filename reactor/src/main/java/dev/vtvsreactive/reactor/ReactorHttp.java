package dev.vtvsreactive.reactor;

import dev.vtvsreactive.lesson.http.HttpTimeouts;
import java.net.URI;
import reactor.core.publisher.Mono;

/**
 * How the Reactor lesson GETs JSON. Reactor's own stack is reactor-netty ({@link #netty()}); the
 * JDK {@code HttpClient} wrapped in {@code Mono.fromFuture} ({@link #jdk()}) is a labelled variant
 * that uses the same transport as the other models, so the report can tell the model's cost from
 * the transport's.
 */
public interface ReactorHttp extends AutoCloseable {

    /** A cold GET of {@code url}, parsed as {@code type}; fails with an {@code HttpFailure}. */
    <T> Mono<T> get(URI url, Class<T> type);

    /** Releases the client's connections and threads. */
    @Override
    void close();

    /** reactor-netty with the {@linkplain HttpTimeouts#DEFAULT default} timeouts. */
    static ReactorHttp netty() {
        return netty(HttpTimeouts.DEFAULT);
    }

    static ReactorHttp netty(HttpTimeouts timeouts) {
        return new ReactorNettyHttp(timeouts);
    }

    /** The JDK client with the {@linkplain HttpTimeouts#DEFAULT default} timeouts. */
    static ReactorHttp jdk() {
        return jdk(HttpTimeouts.DEFAULT);
    }

    static ReactorHttp jdk(HttpTimeouts timeouts) {
        return new JdkHttpOverReactor(timeouts);
    }
}
