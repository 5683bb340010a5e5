package dev.vtvsreactive.reactor;

import dev.vtvsreactive.lesson.http.HttpFailure;
import dev.vtvsreactive.lesson.http.HttpTimeouts;
import dev.vtvsreactive.lesson.http.JdkHttp;
import java.net.URI;
import java.net.http.HttpClient;
import reactor.core.publisher.Mono;

/** GETs with the JDK {@link HttpClient}, adapted with {@code Mono.fromFuture}: the labelled transport variant. */
final class JdkHttpOverReactor implements ReactorHttp {

    private final HttpTimeouts timeouts;
    private final HttpClient client;

    JdkHttpOverReactor(HttpTimeouts timeouts) {
        this.timeouts = timeouts;
        this.client = JdkHttp.newClient(timeouts);
    }

    @Override
    public <T> Mono<T> get(URI url, Class<T> type) {
        // The supplier makes the GET cold: it is sent on subscription, and cancelled with it.
        return Mono.fromFuture(() -> JdkHttp.sendAsync(client, url, type, timeouts))
                .onErrorMap(error -> HttpFailure.of(url, error, timeouts));
    }

    @Override
    public void close() {
        client.close();
    }
}
