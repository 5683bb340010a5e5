package dev.vtvsreactive.lesson.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.net.URI;
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
    void malformedJsonIsATypedFailure() {
        URI url = URI.create("http://127.0.0.1:1/posts/1");

        HttpFailure failure = org.assertj.core.api.Assertions.catchThrowableOfType(HttpFailure.class,
                () -> LessonJson.read(url, 200, "{\"id\": ".getBytes(), Post.class));

        assertThat(failure.kind()).isEqualTo(HttpFailure.Kind.MALFORMED_JSON);
        assertThat(failure).hasMessageStartingWith("GET http://127.0.0.1:1/posts/1: malformed JSON");
    }
}
