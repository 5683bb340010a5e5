package dev.vtvsreactive.reactor;

import dev.vtvsreactive.contract.BlockHoundContractTest;
import dev.vtvsreactive.lesson.http.HttpTimeouts;
import dev.vtvsreactive.lesson.http.Post;
import dev.vtvsreactive.stub.JsonPlaceholderStub;
import java.time.Duration;
import java.util.concurrent.CompletionStage;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * BlockHound on Reactor's schedulers ({@code parallel} and {@code single} must not block,
 * {@code boundedElastic} is there for blocking work) and on reactor-netty's event loops.
 */
class ReactorBlockHoundTest extends BlockHoundContractTest {

    private final JsonPlaceholderStub stub = JsonPlaceholderStub.start();
    private final ReactorHttp http = ReactorHttp.netty(HttpTimeouts.DEFAULT);

    @AfterAll
    void close() {
        http.close();
        stub.close();
    }

    @Override
    protected Stream<ThreadKind> threadKinds() {
        return Stream.of(
                ThreadKind.nonBlocking("parallel", () -> sleepOn(Schedulers.parallel())),
                ThreadKind.nonBlocking("single", () -> sleepOn(Schedulers.single())),
                ThreadKind.mayBlock("boundedElastic", () -> sleepOn(Schedulers.boundedElastic())),
                ThreadKind.nonBlocking("reactor-netty event loop", () -> http.get(stub.baseUrl().resolve("posts/1"), Post.class)
                        .map(BlockHoundContractTest::sleepBriefly)
                        .toFuture()));
    }

    private static CompletionStage<String> sleepOn(Scheduler scheduler) {
        return Mono.delay(Duration.ofMillis(1), scheduler).map(BlockHoundContractTest::sleepBriefly).toFuture();
    }
}
