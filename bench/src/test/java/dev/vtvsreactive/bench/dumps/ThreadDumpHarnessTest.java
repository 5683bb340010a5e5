package dev.vtvsreactive.bench.dumps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vtvsreactive.bench.dumps.ThreadDumpHarness.Request;
import dev.vtvsreactive.lesson.Blocking.LessonTimeoutException;
import dev.vtvsreactive.lesson.Model;
import dev.vtvsreactive.lesson.fanout.FanOut;
import dev.vtvsreactive.lesson.fanout.FanOutFactory;
import dev.vtvsreactive.lesson.fanout.FanOutProbe;
import dev.vtvsreactive.lesson.fanout.FanOutVariant;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dumped JVM's own checks, in this JVM, with fan-outs that misbehave: a dump is taken only
 * with every task waiting, and the gather is cancelled and the fan-out closed whatever happens.
 */
@Timeout(60)
class ThreadDumpHarnessTest {

    @TempDir
    Path scratch;

    /** A fan-out that tells the probe what {@code tasks} does, and never completes by itself. */
    private static final class Scripted implements FanOut {

        private final BiConsumer<Integer, FanOutProbe> tasks;
        private final CompletableFuture<List<Integer>> gathering = new CompletableFuture<>();
        private final boolean closes;
        private boolean closed;

        Scripted(BiConsumer<Integer, FanOutProbe> tasks) {
            this(tasks, true);
        }

        /** @param closes whether {@link #close} succeeds, or throws as a bounded shutdown that ran out does */
        Scripted(BiConsumer<Integer, FanOutProbe> tasks, boolean closes) {
            this.tasks = tasks;
            this.closes = closes;
        }

        @Override
        public String wiring() {
            return "scripted";
        }

        @Override
        public Future<List<Integer>> gather(int count, Duration wait, FanOutProbe probe) {
            tasks.accept(count, probe);
            return gathering;
        }

        @Override
        public void close() {
            closed = true;
            if (!closes) {
                throw new IllegalStateException("its executor did not terminate within 10000 ms");
            }
        }
    }

    /** Tasks that all begin their wait at once, and never end it. */
    private static final BiConsumer<Integer, FanOutProbe> ALL_WAITING = (count, probe) -> {
        for (int task = 0; task < count; task++) {
            probe.started();
        }
    };

    private static FanOutFactory factory(Scripted fanOut) {
        return new FanOutFactory(Model.REACTOR, List.of(FanOutVariant.IDIOM), variant -> fanOut);
    }

    @Test
    void tasksThatDoNotAllBeginTheirWaitWithinItGiveNoDump() {
        Scripted fanOut = new Scripted((count, probe) -> probe.started());
        Path file = scratch.resolve("dump.json");

        assertThatThrownBy(() -> ThreadDumpHarness.dump(factory(fanOut), new Request(5, 100, file.toString())))
                .isInstanceOf(LessonTimeoutException.class)
                .hasMessage("reactor (5 waiting tasks): only 1 tasks had begun their wait within 100 ms");
        assertThat(file).doesNotExist();
        assertThat(fanOut.gathering).isCancelled();
        assertThat(fanOut.closed).isTrue();
    }

    @Test
    void aWaitThatEndedBeforeTheDumpMakesItFailForItDoesNotShowEveryTaskWaiting() {
        Scripted fanOut = new Scripted((count, probe) -> {
            for (int task = 0; task < count; task++) {
                probe.started();
            }
            probe.finished(0);
        });
        Path file = scratch.resolve("dump.json");

        assertThatIllegalStateException()
                .isThrownBy(() -> ThreadDumpHarness.dump(factory(fanOut), new Request(3, 1_000, file.toString())))
                .withMessage("reactor (3 waiting tasks): 1 waits of 1000 ms ended before the dump was taken, so it does not"
                        + " show every task waiting");
        assertThat(fanOut.gathering).isCancelled();
        assertThat(fanOut.closed).isTrue();
    }

    @Test
    void withEveryTaskWaitingItDumpsThisJvmAsJsonAndSaysWhatItRan() throws Exception {
        Scripted fanOut = new Scripted(ALL_WAITING);
        Path file = scratch.resolve("dump.json");

        ThreadDumpHarness.Dumped dumped = ThreadDumpHarness.dump(factory(fanOut), new Request(3, 1_000, file.toString()));

        assertThat(dumped.wiring()).isEqualTo("scripted");
        assertThat(dumped.modelPackage()).isEqualTo(ThreadDumpHarnessTest.class.getPackageName());
        assertThat(dumped.dumpBytes()).isEqualTo(Files.size(file)).isPositive();
        assertThat(dumped.threadsBefore()).contains(Thread.currentThread().threadId());
        assertThat(ThreadDump.read(file).threads()).anyMatch(thread -> thread.tid() == Thread.currentThread().threadId());
        assertThat(dumped.closeFailure()).isNull();
        assertThat(fanOut.gathering).isCancelled();
        assertThat(fanOut.closed).isTrue();
    }

    @Test
    void aFanOutThatDoesNotCloseOnceItsGatherIsCancelledIsReportedWithTheDumpNotInsteadOfIt() {
        Scripted fanOut = new Scripted(ALL_WAITING, false);
        Path file = scratch.resolve("dump.json");

        ThreadDumpHarness.Dumped dumped = ThreadDumpHarness.dump(factory(fanOut), new Request(3, 1_000, file.toString()));

        assertThat(file).exists();
        assertThat(dumped.closeFailure()).isEqualTo("reactor (3 waiting tasks): its gather cancelled after the dump, the "
                + "fan-out did not close: its executor did not terminate within 10000 ms");
    }

    @Test
    void aFanOutThatDoesNotCloseAfterAFailedDumpLeavesTheDumpsFailureFirst() {
        Scripted fanOut = new Scripted((count, probe) -> {
        }, false);

        assertThatThrownBy(() -> ThreadDumpHarness.dump(factory(fanOut), new Request(2, 50, scratch.resolve("dump.json").toString())))
                .isInstanceOf(LessonTimeoutException.class)
                .satisfies(failure -> assertThat(failure.getSuppressed()).singleElement()
                        .satisfies(closing -> assertThat(closing).hasMessage("its executor did not terminate within 10000 ms")));
    }
}
