package dev.vtvsreactive.bench.dumps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.tuple;

import dev.vtvsreactive.bench.dumps.ThreadDump.Container;
import dev.vtvsreactive.bench.dumps.ThreadDump.DumpedThread;
import dev.vtvsreactive.bench.dumps.ThreadDump.Frame;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The parser, on real dumps saved beside this test: a child JVM of the experiment's, dumped by
 * JDK 25.0.3 while the gather of 3 tasks of virtual threads, then of Reactor, waited.
 */
class ThreadDumpTest {

    /** The saved dumps: surefire runs the tests in the module's folder. */
    static final Path FIXTURES = Path.of("src/test/resources/dumps");
    static final Path VIRTUAL_THREADS = FIXTURES.resolve("virtual-threads-3-tasks.json");
    static final Path REACTOR = FIXTURES.resolve("reactor-3-tasks.json");

    @TempDir
    Path scratch;

    @Test
    void readsEveryContainerAndItsThreadsInTheDumpsOrder() {
        ThreadDump dump = ThreadDump.read(VIRTUAL_THREADS);

        assertThat(dump.runtimeVersion()).startsWith("25.");
        assertThat(dump.threadContainers()).extracting(Container::container, container -> container.threads().size())
                .startsWith(tuple("<root>", 7))
                .contains(tuple("ForkJoinPool-1/jdk.internal.vm.SharedThreadContainer@4ac3c60d", 3),
                        tuple("java.util.concurrent.ThreadPerTaskExecutor@15eb5ee5", 3));
        assertThat(dump.threadContainers().getFirst().parent()).isNull();
        assertThat(dump.threads()).hasSize(14);
    }

    @Test
    void bindsAPlatformThreadWhoseVirtualKeyIsAbsentAndAVirtualThreadWithItsStackUnescaped() {
        ThreadDump dump = ThreadDump.read(VIRTUAL_THREADS);

        DumpedThread main = dump.threads().getFirst();
        assertThat(main.tid()).isEqualTo(3);
        assertThat(main.name()).isEqualTo("main");
        assertThat(main.virtual()).isFalse();
        assertThat(main.state()).isEqualTo("RUNNABLE");

        DumpedThread task = dump.threads().stream().filter(thread -> thread.tid() == 25).findFirst().orElseThrow();
        assertThat(task.virtual()).isTrue();
        assertThat(task.name()).isEmpty();
        assertThat(task.state()).isEqualTo("TIMED_WAITING");
        assertThat(task.stack()).contains("java.base/java.lang.Thread.sleep(Thread.java:601)",
                "dev.vtvsreactive.virtualthreads.VirtualThreadsFanOut.task(VirtualThreadsFanOut.java:64)");
        assertThat(task.frames()).extracting(Frame::simpleName).startsWith("VirtualThread.parkNanos");
    }

    @Test
    void aTimerModelsDumpHoldsOnlyPlatformThreads() {
        assertThat(ThreadDump.read(REACTOR).threads()).hasSize(8).noneMatch(DumpedThread::virtual)
                .extracting(DumpedThread::name).contains("main", "parallel-1", "parallel-2");
    }

    @Test
    void aFileThatIsNotAThreadDumpIsRefusedWithItsName() throws Exception {
        Path notJson = Files.writeString(scratch.resolve("not-json.json"), "Thread dump in plain text");
        Path otherJson = Files.writeString(scratch.resolve("other.json"), "{\"threads\": []}");

        assertThatIllegalStateException().isThrownBy(() -> ThreadDump.read(notJson))
                .withMessageStartingWith(notJson + " is not a JSON thread dump: ");
        assertThatIllegalStateException().isThrownBy(() -> ThreadDump.read(otherJson))
                .withMessage(otherJson + " holds no JSON thread dump: no \"threadDump\" key");
    }
}
