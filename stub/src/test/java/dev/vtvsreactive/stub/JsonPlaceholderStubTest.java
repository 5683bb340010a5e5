package dev.vtvsreactive.stub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.vtvsreactive.lesson.http.Comment;
import dev.vtvsreactive.lesson.http.JdkHttp;
import dev.vtvsreactive.lesson.http.LessonJson;
import dev.vtvsreactive.lesson.http.Post;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class JsonPlaceholderStubTest {

    private static final HttpClient CLIENT = JdkHttp.newClient();
    private static JsonPlaceholderStub stub;

    @BeforeAll
    static void start() {
        stub = JsonPlaceholderStub.start();
    }

    @AfterAll
    static void stop() {
        stub.close();
        CLIENT.close();
    }

    private static HttpResponse<byte[]> get(String path) throws Exception {
        return get(stub.baseUrl().resolve(path));
    }

    private static HttpResponse<byte[]> get(URI url) throws Exception {
        return CLIENT.send(JdkHttp.request(url), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void servesPostOneAndCommentOneWithJsonplaceholdersText() throws Exception {
        assertThat(JdkHttp.read(get("/posts/1"), Post.class)).isEqualTo(StubData.POST_1);
        assertThat(JdkHttp.read(get("/comments/1"), Comment.class)).isEqualTo(StubData.COMMENT_1);
        assertThat(get("/posts/1").headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
    }

    @Test
    void servesEveryPostAndCommentInJsonplaceholdersShape() throws Exception {
        Post last = JdkHttp.read(get("/posts/100"), Post.class);
        Comment lastComment = JdkHttp.read(get("/comments/500"), Comment.class);

        assertThat(last.userId()).isEqualTo(10);
        assertThat(last.id()).isEqualTo(100);
        assertThat(lastComment.postId()).isEqualTo(100);
        assertThat(lastComment.email()).contains("@");
        assertThat(LessonJson.MAPPER.readValue(get("/comments/2").body(), Map.class))
                .containsOnlyKeys("postId", "id", "name", "email", "body");
    }

    @Test
    void answersAnUnknownResourceWith404AndAJsonError() throws Exception {
        for (String path : List.of("/posts/0", "/posts/101", "/comments/501", "/users/1", "/posts/abc")) {
            HttpResponse<byte[]> response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(LessonJson.MAPPER.readValue(response.body(), Map.class)).containsKey("error");
        }
    }

    @Test
    void answersABadDelayWith400NamingIt() throws Exception {
        HttpResponse<byte[]> response = get("/posts/1?delay=soon");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(new String(response.body())).contains("soon");
    }

    @Test
    void delaysARequestWithoutHoldingUpTheOthers() {
        stub.resetStats();
        List<CompletableFuture<HttpResponse<byte[]>>> slow = IntStream.range(0, 20)
                .mapToObj(i -> CLIENT.sendAsync(JdkHttp.request(stub.baseUrl().resolve("/posts/1?delay=500")),
                        HttpResponse.BodyHandlers.ofByteArray()))
                .toList();

        List<Integer> statuses = slow.stream().map(CompletableFuture::join).map(HttpResponse::statusCode).toList();

        assertThat(statuses).containsOnly(200);
        assertThat(stub.maxInFlight()).as("delayed requests in flight at once").isEqualTo(20);
    }

    @Test
    void tellsAndResetsItsCountsAtStatsWithoutCountingThem() throws Exception {
        try (JsonPlaceholderStub counted = JsonPlaceholderStub.start()) {
            URI stats = counted.baseUrl().resolve(JsonPlaceholderStub.STATS_PATH);
            get(counted.baseUrl().resolve("/posts/1"));
            get(counted.baseUrl().resolve("/posts/2"));

            assertThat(JdkHttp.read(get(stats), JsonPlaceholderStub.Stats.class))
                    .isEqualTo(new JsonPlaceholderStub.Stats(2, 1));
            HttpResponse<byte[]> reset = CLIENT.send(HttpRequest.newBuilder(stats).DELETE().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(JdkHttp.read(reset, JsonPlaceholderStub.Stats.class)).isEqualTo(new JsonPlaceholderStub.Stats(0, 0));
            assertThat(counted.requests()).isZero();
            assertThat(CLIENT.send(HttpRequest.newBuilder(stats).POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofByteArray()).statusCode()).isEqualTo(405);
        }
    }

    @Test
    void addsItsServerWideLatencyToEveryRequest() throws Exception {
        try (JsonPlaceholderStub slow = JsonPlaceholderStub.start(0, Duration.ofMillis(200))) {
            long start = System.nanoTime();
            HttpResponse<byte[]> response = CLIENT.send(JdkHttp.request(slow.baseUrl().resolve("/posts/1")),
                    HttpResponse.BodyHandlers.ofByteArray());

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(200));
        }
    }

    @Test
    void answersEveryResourceUnderADelayedBaseUrlAfterThatDelayInsteadOfItsLatency() throws Exception {
        try (JsonPlaceholderStub slow = JsonPlaceholderStub.start(0, Duration.ofMinutes(1))) {
            URI prompt = slow.baseUrl(Duration.ZERO);

            assertThat(prompt).isEqualTo(slow.baseUrl().resolve("/delay/0/"));
            assertThat(JdkHttp.read(get(prompt.resolve("posts/1")), Post.class)).isEqualTo(StubData.POST_1);
            assertThat(JdkHttp.read(get(prompt.resolve("comments/1")), Comment.class)).isEqualTo(StubData.COMMENT_1);
            assertThat(get(prompt.resolve("posts/0")).statusCode()).isEqualTo(404);
            assertThat(get(prompt.resolve("fault/server-error/posts/1")).statusCode()).isEqualTo(500);
        }
    }

    @Test
    void answersADelayOutOfRangeInTheBaseUrlWith400NamingIt() throws Exception {
        HttpResponse<byte[]> response = get("/delay/60001/posts/1");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(new String(response.body())).contains("delay must be 0 to 60000 ms, was 60001 ms");
        assertThatIllegalArgumentException().isThrownBy(() -> stub.baseUrl(Duration.ofMillis(-1)))
                .withMessageContaining("was -1 ms");
    }

    @Test
    void rejectsAPortOrLatencyOutOfRange() {
        assertThatIllegalArgumentException().isThrownBy(() -> JsonPlaceholderStub.start(70_000, Duration.ZERO))
                .withMessageContaining("70000");
        assertThatIllegalArgumentException().isThrownBy(() -> JsonPlaceholderStub.start(0, Duration.ofMillis(-1)))
                .withMessageContaining("latency");
    }

    @Test
    void failsEveryResourceUnderAFaultsBaseUrlAsTheFaultSays() throws Exception {
        assertThat(get(stub.baseUrl(Fault.SERVER_ERROR).resolve("posts/1")).statusCode()).isEqualTo(500);
        assertThat(get(stub.baseUrl(Fault.NOT_FOUND).resolve("comments/1")).statusCode()).isEqualTo(404);
        HttpResponse<byte[]> malformed = get(stub.baseUrl(Fault.MALFORMED_JSON).resolve("posts/1"));
        assertThat(malformed.statusCode()).isEqualTo(200);
        assertThat(LessonJson.MAPPER.writeValueAsString(StubData.POST_1)).startsWith(new String(malformed.body()))
                .isNotEqualTo(new String(malformed.body()));
    }

    @Test
    void refusesOrHangsTheConnectionOfTheConnectFaults() {
        assertThatThrownBy(() -> connect(stub.baseUrl(Fault.CONNECTION_REFUSED))).isInstanceOf(ConnectException.class);
        assertThatThrownBy(() -> connect(stub.baseUrl(Fault.SLOW_CONNECT))).isInstanceOf(SocketTimeoutException.class);
    }

    private static void connect(URI url) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(url.getHost(), url.getPort()), 300);
        }
    }

    @Test
    void resetsTheConnectionMidBody() {
        assertThatThrownBy(() -> get(stub.baseUrl(Fault.RESET_MID_BODY).resolve("posts/1")))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("bytes received");
    }

    @Test
    void holdsASlowResponseUntilItIsClosedThenStopsAtOnce() {
        JsonPlaceholderStub slow = JsonPlaceholderStub.start();
        CompletableFuture<HttpResponse<byte[]>> pending = CLIENT.sendAsync(
                JdkHttp.request(slow.baseUrl(Fault.SLOW_RESPONSE).resolve("posts/1")), HttpResponse.BodyHandlers.ofByteArray());
        await().atMost(Duration.ofSeconds(5)).until(() -> slow.requests() == 1);
        assertThat(pending).isNotDone();

        long start = System.nanoTime();
        slow.close();

        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("time to close").isLessThan(Duration.ofSeconds(5));
        assertThat(pending).failsWithin(Duration.ofSeconds(5));
    }

    @Test
    void listensOnLoopbackOnly() {
        assertThat(URI.create(stub.baseUrl().toString()).getHost()).isEqualTo("127.0.0.1");
    }
}
