package dev.vtvsreactive.lesson.http;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;

/**
 * The JDK {@link HttpClient} set up once for every model that uses it (virtual threads, RxJava,
 * CompletableFuture, and Reactor's JDK-transport variant), so they compare on the same transport.
 * HTTP/1.1 as reactor-netty speaks it by default; every request has a bounded wait.
 */
public final class JdkHttp {

    private JdkHttp() {
    }

    /** A client with the {@linkplain HttpTimeouts#DEFAULT default} connect timeout. */
    public static HttpClient newClient() {
        return newClient(HttpTimeouts.DEFAULT);
    }

    /**
     * A client with {@code timeouts}' connect timeout. It has no connection limit: each request
     * without an idle HTTP/1.1 connection opens one, and idle ones are kept for reuse.
     */
    public static HttpClient newClient(HttpTimeouts timeouts) {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(timeouts.connect())
                .build();
    }

    /** A GET of {@code url} with the {@linkplain HttpTimeouts#DEFAULT default} response timeout. */
    public static HttpRequest request(URI url) {
        return request(url, HttpTimeouts.DEFAULT);
    }

    /** A GET of {@code url} with {@code timeouts}' response timeout. */
    public static HttpRequest request(URI url, HttpTimeouts timeouts) {
        return HttpRequest.newBuilder(url)
                .timeout(timeouts.response())
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
        return send(client, url, type, HttpTimeouts.DEFAULT);
    }

    /**
     * {@link #send(HttpClient, URI, Class)} with {@code timeouts}' response timeout ({@code client}
     * has its connect timeout).
     */
    public static <T> T send(HttpClient client, URI url, Class<T> type, HttpTimeouts timeouts)
            throws InterruptedException {
        try {
            return read(client.send(request(url, timeouts), HttpResponse.BodyHandlers.ofByteArray()), type);
        } catch (IOException e) {
            throw HttpFailure.of(url, e, timeouts);
        }
    }

    /** GETs {@code url} and parses its JSON, without blocking; fails with an {@link HttpFailure}. */
    public static <T> CompletableFuture<T> sendAsync(HttpClient client, URI url, Class<T> type) {
        return sendAsync(client, url, type, HttpTimeouts.DEFAULT);
    }

    /**
     * {@link #sendAsync(HttpClient, URI, Class)} with {@code timeouts}' response timeout
     * ({@code client} has its connect timeout).
     */
    public static <T> CompletableFuture<T> sendAsync(HttpClient client, URI url, Class<T> type, HttpTimeouts timeouts) {
        return client.sendAsync(request(url, timeouts), HttpResponse.BodyHandlers.ofByteArray())
                .handle((response, error) -> {
                    if (error != null) {
                        throw HttpFailure.of(url, error, timeouts);
                    }
                    return read(response, type);
                });
    }
}
