package dev.vtvsreactive.lesson.http;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

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

    public static HttpRequest get(URI url) {
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
}
