package dev.vtvsreactive.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.vtvsreactive.contract.NoLeakedThreads;
import dev.vtvsreactive.lesson.LessonContext;
import dev.vtvsreactive.lesson.LessonModel;
import dev.vtvsreactive.lesson.Narrator;
import dev.vtvsreactive.lesson.TimeScale;
import dev.vtvsreactive.lesson.http.HttpFailure;
import dev.vtvsreactive.lesson.http.HttpTimeouts;
import dev.vtvsreactive.lesson.http.Post;
import dev.vtvsreactive.stub.Fault;
import dev.vtvsreactive.stub.JsonPlaceholderStub;
import dev.vtvsreactive.stub.StubData;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * How every model reports what goes wrong with HTTP: each {@link Fault} of the stub must surface as
 * an {@link HttpFailure} of the right {@link HttpFailure.Kind}, naming the URL and the cause. The
 * models get short timeouts (500 ms), and their blocking facade waits only as long as those allow
 * ({@link JsonPlaceholder#waitBound}): a client whose timeout did not fire would fail the test with
 * the facade's own timeout instead of an {@code HttpFailure}.
 *
 * <p>And the same code at scale: 2,000 GETs in flight at once complete without an error or a hang.
 */
@ExtendWith(NoLeakedThreads.class)
@Timeout(120)
public abstract class HttpFaultContractTest {

    protected static final HttpTimeouts SHORT = new HttpTimeouts(Duration.ofMillis(500), Duration.ofMillis(500));
    private static final int MANY = 2_000;

    /** Makes the model under test. */
    protected abstract LessonModel createModel(LessonContext context);

    private LessonModel model(HttpTimeouts timeouts) {
        return createModel(new LessonContext(TimeScale.LESSON, Narrator.recording().narrator(), timeouts));
    }

    /** A stub of its own, whose close() ends the stalled exchanges and the fault sockets within the test. */
    @ParameterizedTest
    @EnumSource(Fault.class)
    void eachFaultIsATypedFailureNamingTheUrlAndItsCause(Fault fault) {
        Expected expected = Expected.of(fault);
        URI baseUrl;
        Throwable thrown;
        try (JsonPlaceholderStub faulty = JsonPlaceholderStub.start(); LessonModel model = model(SHORT)) {
            baseUrl = faulty.baseUrl(fault);
            thrown = catchThrowable(() -> model.http(baseUrl));
        }

        assertThat(thrown).isInstanceOfSatisfying(HttpFailure.class, failure -> {
            assertThat(failure.kind()).as("%s", failure).isEqualTo(expected.kind());
            assertThat(failure.url().toString()).startsWith(baseUrl.toString());
        });
        assertThat(thrown.getMessage()).startsWith("GET " + baseUrl).contains(expected.inMessage());
    }

    /** What a fault must be reported as, and what its message must say. */
    private record Expected(HttpFailure.Kind kind, String inMessage) {
        static Expected of(Fault fault) {
            return switch (fault) {
                case CONNECTION_REFUSED -> new Expected(HttpFailure.Kind.CONNECTION_REFUSED, "connection refused");
                case SLOW_CONNECT -> new Expected(HttpFailure.Kind.CONNECT_TIMEOUT, "no connection within 500 ms");
                case SLOW_RESPONSE -> new Expected(HttpFailure.Kind.RESPONSE_TIMEOUT, "no response within 500 ms");
                case SERVER_ERROR -> new Expected(HttpFailure.Kind.STATUS, "HTTP 500");
                case NOT_FOUND -> new Expected(HttpFailure.Kind.STATUS, "HTTP 404");
                case MALFORMED_JSON -> new Expected(HttpFailure.Kind.MALFORMED_JSON, "end-of-input");
                case RESET_MID_BODY -> new Expected(HttpFailure.Kind.CONNECTION_CLOSED, "closed");
            };
        }
    }

    @Test
    void twoThousandConcurrentGetsCompleteWithoutAnErrorOrAHang() {
        List<Integer> ids = IntStream.range(0, MANY).map(i -> i % StubData.POSTS + 1).boxed().toList();
        try (JsonPlaceholderStub slow = JsonPlaceholderStub.start(0, Duration.ofMillis(200));
                LessonModel model = model(HttpTimeouts.DEFAULT)) {
            long start = System.nanoTime();

            List<Post> posts = model.posts(slow.baseUrl(), ids, MANY);

            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertThat(posts).containsExactlyElementsOf(ids.stream().map(id -> StubData.post(id).orElseThrow()).toList());
            assertThat(slow.requests()).isEqualTo(MANY);
            System.out.printf(Locale.ROOT, "%s: %d concurrent GETs in %d ms, at most %d in flight at the stub%n",
                    model.name(), MANY, took.toMillis(), slow.maxInFlight());
        }
    }
}
