package dev.vtvsreactive.lesson.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.EOFException;
import java.io.IOException;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonPlaceholderTest {

    @Test
    void resolvesTheLessonsResourcesAgainstABaseUrlKeepingItsPath() {
        assertThat(JsonPlaceholder.resolve(URI.create("http://127.0.0.1:8080"), JsonPlaceholder.POST_1))
                .hasToString("http://127.0.0.1:8080/posts/1");
        assertThat(JsonPlaceholder.resolve(URI.create("https://example.org/api"), JsonPlaceholder.COMMENT_1))
                .hasToString("https://example.org/api/comments/1");
        assertThat(JsonPlaceholder.resolve(URI.create("https://example.org/api/"), JsonPlaceholder.COMMENT_1))
                .hasToString("https://example.org/api/comments/1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://example.org/", "example.org", "/posts", "http://example.org/?q=1", "http://exa mple.org"})
    void rejectsABaseUrlThatIsNotAnAbsoluteHttpUrlNamingIt(String bad) {
        assertThatIllegalArgumentException().isThrownBy(() -> JsonPlaceholder.baseUrl(bad))
                .withMessageContaining("base URL")
                .withMessageContaining(bad);
    }

    @Test
    void aFailureNamesTheUrlAndTheCause() {
        URI url = URI.create("http://127.0.0.1:1/posts/1");

        assertThat(HttpFailure.status(url, 500)).hasMessage("GET http://127.0.0.1:1/posts/1: unexpected HTTP status (HTTP 500)");
        assertThat(HttpFailure.of(url, new java.net.ConnectException("Connection refused")).kind())
                .isEqualTo(HttpFailure.Kind.CONNECTION_REFUSED);
        assertThat(HttpFailure.of(url, new java.net.http.HttpTimeoutException("request timed out")).kind())
                .isEqualTo(HttpFailure.Kind.RESPONSE_TIMEOUT);
    }

    @Test
    void aConnectionClosedMidBodyIsItsOwnKindWithItsRootCause() {
        URI url = URI.create("http://127.0.0.1:1/posts/1");
        IOException jdk = new IOException("fixed content-length: 275, bytes received: 137",
                new SocketException("Connection reset"));

        HttpFailure failure = HttpFailure.of(url, jdk);

        assertThat(failure.kind()).isEqualTo(HttpFailure.Kind.CONNECTION_CLOSED);
        assertThat(failure).hasMessageEndingWith("(fixed content-length: 275, bytes received: 137; Connection reset)");
        assertThat(HttpFailure.of(url, new EOFException("EOF reached while reading")).kind())
                .isEqualTo(HttpFailure.Kind.CONNECTION_CLOSED);
        assertThat(HttpFailure.of(url, new IOException("Broken pipe")).kind()).isEqualTo(HttpFailure.Kind.IO);
    }

    @Test
    void aTimeoutSaysWhichOneFiredAndHowLongItWas() {
        URI url = URI.create("http://127.0.0.1:1/posts/1");
        HttpTimeouts timeouts = new HttpTimeouts(Duration.ofMillis(250), Duration.ofMillis(750));

        assertThat(HttpFailure.of(url, new HttpConnectTimeoutException("HTTP connect timed out"), timeouts))
                .hasMessage("GET " + url + ": connect timed out (no connection within 250 ms: HTTP connect timed out)");
        assertThat(HttpFailure.of(url, new HttpTimeoutException("request timed out"), timeouts))
                .hasMessage("GET " + url + ": response timed out (no response within 750 ms: request timed out)");
    }

    @Test
    void timeoutsMustBePositive() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new HttpTimeouts(Duration.ZERO, Duration.ofSeconds(1)))
                .withMessageContaining("connect timeout");
    }

    @Test
    void malformedJsonIsATypedFailure() {
        URI url = URI.create("http://127.0.0.1:1/posts/1");

        HttpFailure failure = org.assertj.core.api.Assertions.catchThrowableOfType(HttpFailure.class,
                () -> LessonJson.read(url, 200, "{\"id\": ".getBytes(), Post.class));

        assertThat(failure.kind()).isEqualTo(HttpFailure.Kind.MALFORMED_JSON);
        assertThat(failure).hasMessageStartingWith("GET http://127.0.0.1:1/posts/1: malformed JSON");
    }
}
