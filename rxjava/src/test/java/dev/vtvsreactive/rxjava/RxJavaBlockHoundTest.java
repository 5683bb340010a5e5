package dev.vtvsreactive.rxjava;

import dev.vtvsreactive.contract.BlockHoundContractTest;
import io.reactivex.rxjava3.core.Scheduler;
import io.reactivex.rxjava3.core.Single;
import io.reactivex.rxjava3.schedulers.Schedulers;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * BlockHound on RxJava's schedulers, which {@link RxJavaBlockHoundIntegration} marks: it must catch
 * a sleep on {@code computation} and {@code single}, and only there.
 */
class RxJavaBlockHoundTest extends BlockHoundContractTest {

    @Override
    protected Stream<ThreadKind> threadKinds() {
        return Stream.of(
                ThreadKind.nonBlocking("computation", () -> sleepOn(Schedulers.computation())),
                ThreadKind.nonBlocking("single", () -> sleepOn(Schedulers.single())),
                ThreadKind.mayBlock("io", () -> sleepOn(Schedulers.io())));
    }

    private static CompletionStage<String> sleepOn(Scheduler scheduler) {
        return Single.timer(1, TimeUnit.MILLISECONDS, scheduler).map(BlockHoundContractTest::sleepBriefly).toCompletionStage();
    }
}
