package dev.vtvsreactive.lesson.http;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * The JDK {@link HttpClient} set up once for every model that uses it (virtual threads, RxJava,
 * CompletableFuture, and Reactor's JDK-transport variant), so they compare on the same transport.
 * HTTP/1.1 as reactor-netty speaks it by default; every request has a bounded wait.
 */
public final class JdkHttp {

    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    public static final Duration RESPONSE_TIMEOUT = Duration.ofSeconds(30);

    private JdkHttp() {
    }

    public static HttpClient newClient() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(CONNECT_TIMEOUT)
                .build();
    }

    public static HttpRequest request(URI url) {
        return HttpRequest.newBuilder(url)
                .timeout(RESPONSE_TIMEOUT)
                .header("Accept", "application/json")
                .GET()
                .build();
    }

    /** The response's JSON as {@code type}; see {@link LessonJson#read}. */
    public static <T> T read(HttpResponse<byte[]> response, Class<T> type) {
        return LessonJson.read(response.request().uri(), response.statusCode(), response.body(), type);
    }

    /**
     * GETs {@code url} and parses its JSON, blocking the calling thread (cheaply, on a virtual thread).
     *
     * @throws HttpFailure naming the URL and the cause
     */
    public static <T> T send(HttpClient client, URI url, Class<T> type) throws InterruptedException {
        try {
            return read(client.send(request(url), HttpResponse.BodyHandlers.ofByteArray()), type);
        } catch (IOException e) {
            throw HttpFailure.of(url, e);
        }
    }

    /** GETs {@code url} and parses its JSON, without blocking; fails with an {@link HttpFailure}. */
    public static <T> CompletableFuture<T> sendAsync(HttpClient client, URI url, Class<T> type) {
        return client.sendAsync(request(url), HttpResponse.BodyHandlers.ofByteArray())
                .handle((response, error) -> {
                    if (error != null) {
                        throw HttpFailure.of(url, error);
                    }
                    return read(response, type);
                });
    }
}
