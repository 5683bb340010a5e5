package dev.vtvsreactive.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import reactor.blockhound.BlockingOperationError;

/**
 * The self-test of {@link BlockHoundSession} in a module whose tests run under BlockHound: a sleep
 * on one of the model's non-blocking threads fails with a {@link BlockingOperationError}, and the
 * same sleep on a thread meant for blocking work does not. Every other test of the module, the
 * contract tests included, runs under the same BlockHound, so a scenario that blocked a
 * non-blocking thread would fail there.
 *
 * <p>Per class, so that a model's subclass may make once what its kinds of threads need (a server,
 * a client) and close it after the last one.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BlockHoundContractTest {

    private static final Duration BOUND = Duration.ofSeconds(10);
    /** What {@link #sleepBriefly} returns once it has slept. */
    private static final String SLEPT = "slept";

    /**
     * One kind of the model's threads: whether it must not block, and how to run
     * {@link #sleepBriefly} on one of them and be told how it ended.
     */
    protected record ThreadKind(String name, boolean nonBlocking, Supplier<CompletionStage<?>> sleepOnOne) {

        public static ThreadKind nonBlocking(String name, Supplier<CompletionStage<?>> sleepOnOne) {
            return new ThreadKind(name, true, sleepOnOne);
        }

        public static ThreadKind mayBlock(String name, Supplier<CompletionStage<?>> sleepOnOne) {
            return new ThreadKind(name, false, sleepOnOne);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** The model's kinds of threads, at least one of them non-blocking. */
    protected abstract Stream<ThreadKind> threadKinds();

    /** The blocking call: sleeps 10 ms on the calling thread, then returns {@link #SLEPT} whatever it is given. */
    protected static String sleepBriefly(Object trigger) {
        try {
            Thread.sleep(10);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return SLEPT;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("threadKinds")
    void catchesASleepOnTheNonBlockingThreadsOnly(ThreadKind kind) {
        var slept = kind.sleepOnOne().get().toCompletableFuture();

        if (kind.nonBlocking()) {
            assertThat(slept).failsWithin(BOUND).withThrowableThat().havingCause()
                    .isInstanceOf(BlockingOperationError.class)
                    .withMessageContaining("Thread.sleep");
        } else {
            assertThat(slept).succeedsWithin(BOUND).isEqualTo(SLEPT);
        }
    }
}
