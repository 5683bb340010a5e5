package dev.vtvsreactive.rxjava;

import io.reactivex.rxjava3.core.Scheduler;
import io.reactivex.rxjava3.core.Single;
import io.reactivex.rxjava3.schedulers.Schedulers;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import reactor.blockhound.BlockingOperationError;
import java.util.stream.Stream;

/**
 * The self-test of {@link BlockHoundSession} and {@link RxJavaBlockHoundIntegration}: BlockHound is
 * installed in this test JVM and catches a blocking call on RxJava's non-blocking schedulers, and
 * only on those. Every other test of the module, the contract tests included, runs under the same
 * BlockHound, so none of the RxJava scenarios blocks a non-blocking thread.
 */
class RxJavaBlockHoundTest {

    static Stream<Arguments> schedulers() {
        return Stream.of(
                Arguments.of("computation", Schedulers.computation(), true),
                Arguments.of("single", Schedulers.single(), true),
                Arguments.of("io", Schedulers.io(), false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("schedulers")
    void catchesASleepOnTheNonBlockingSchedulersOnly(String name, Scheduler scheduler, boolean nonBlocking) {
        var slept = Single.timer(1, TimeUnit.MILLISECONDS, scheduler)
                .map(tick -> {
                    Thread.sleep(10);
                    return tick;
                })
                .test()
                .awaitDone(10, TimeUnit.SECONDS);

        if (nonBlocking) {
            slept.assertError(BlockingOperationError.class);
        } else {
            slept.assertValue(0L);
        }
    }
}
