package dev.vtvsreactive.completablefuture;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/** {@code asyncio.gather} with {@link CompletableFuture}: the one idiom the lesson, the failure scenarios and the fan-out share. */
final class CompletableFutureGather {

    private CompletableFutureGather() {
    }

    /**
     * The results of {@code futures} in their order once every one has succeeded: {@code allOf},
     * then each result. {@code allOf} waits for every future, so a failure completes it only once
     * the last is done; {@link CompletableFutureFailures} adds what fails it at once.
     */
    static <T> CompletableFuture<List<T>> all(List<CompletableFuture<T>> futures) {
        return CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new))
                .thenApply(done -> futures.stream().map(CompletableFuture::join).toList());
    }
}
