package dev.vtvsreactive.reactor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vtvsreactive.lesson.http.HttpTimeouts;
import dev.vtvsreactive.lesson.http.Post;
import dev.vtvsreactive.stub.JsonPlaceholderStub;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import reactor.blockhound.BlockingOperationError;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/**
 * The self-test of {@link BlockHoundSession}: BlockHound is installed in this test JVM and catches
 * a blocking call on Reactor's and on reactor-netty's threads. Every other test of the module, the
 * lesson's and the failure lesson's contract tests included, runs under the same BlockHound, so
 * none of the Reactor scenarios blocks a non-blocking thread.
 */
class ReactorBlockHoundTest {

    private static final Duration BOUND = Duration.ofSeconds(10);

    private static <T> T sleep(T value) {
        try {
            Thread.sleep(10);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return value;
    }

    @Test
    void catchesASleepOnAParallelSchedulerThread() {
        StepVerifier.create(Mono.delay(Duration.ofMillis(1)).map(ReactorBlockHoundTest::sleep))
                .expectErrorSatisfies(error -> assertThat(error)
                        .isInstanceOf(BlockingOperationError.class)
                        .hasMessageContaining("Thread.sleep"))
                .verify(BOUND);
    }

    @Test
    void catchesASleepOnAReactorNettyEventLoop() {
        try (JsonPlaceholderStub stub = JsonPlaceholderStub.start();
                ReactorHttp http = ReactorHttp.netty(HttpTimeouts.DEFAULT)) {
            Mono<Post> blockingOnTheEventLoop = http.get(stub.baseUrl().resolve("posts/1"), Post.class)
                    .map(ReactorBlockHoundTest::sleep);

            StepVerifier.create(blockingOnTheEventLoop)
                    .expectErrorSatisfies(error -> assertThat(error).isInstanceOf(BlockingOperationError.class))
                    .verify(BOUND);
        }
    }
}
