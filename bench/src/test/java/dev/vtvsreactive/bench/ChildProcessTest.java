package dev.vtvsreactive.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.vtvsreactive.bench.ChildProcess.Exited;
import dev.vtvsreactive.bench.ChildProcess.Killed;
import dev.vtvsreactive.bench.ChildProcess.NotStarted;
import dev.vtvsreactive.bench.ChildProcess.Outcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The suite's one way to run a child process, with {@code sh} scripts as children: how each can end, and what is left after. */
@Timeout(60)
class ChildProcessTest {

    /** Far more than a pipe holds (64 KiB on Linux): a child writing it to a pipe nobody reads would block. */
    private static final int MORE_THAN_A_PIPE = 4 * 1024 * 1024;
    private static final Duration BOUND = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    @AfterEach
    void nothingIsLeftRunning() {
        assertThat(ProcessHandle.current().descendants()).as("processes this test started").noneMatch(ProcessHandle::isAlive);
    }

    @Test
    void aChildThatExitsIsReportedWithItsStatusWhatItReadAndWhatItWroteInItsDirectory() throws IOException {
        Outcome outcome = ChildProcess.of(List.of("sh", "-c", "read line; echo \"$line in $(pwd)\"; echo oops >&2; exit 3"))
                .in(dir).withInput("hello\n").run(BOUND);

        assertThat(outcome).isEqualTo(new Exited(3, "hello in " + dir.toRealPath() + "\n", "oops\n"));
    }

    @Test
    void itsInputAndOutputAreTemporaryFilesDeletedOnceItEnds() {
        assumeThat(Path.of("/proc/self/fd")).as("Linux's /proc names a process's open files").isDirectory();

        Exited exited = (Exited) ChildProcess.of(List.of("sh", "-c", "readlink /proc/self/fd/0 /proc/self/fd/1 /proc/self/fd/2"))
                .run(BOUND);

        List<Path> files = exited.out().lines().map(Path::of).toList();
        assertThat(files).hasSize(3).allMatch(Path::isAbsolute).doesNotHaveDuplicates();
        assertThat(files).as("deleted").noneMatch(Files::exists);
    }

    @Test
    void aChildThatReadsAndWritesMoreThanAPipeHoldsIsNotBlocked() {
        String input = "a".repeat(MORE_THAN_A_PIPE);

        Outcome outcome = ChildProcess.of(List.of("sh", "-c", "cat; cat /dev/zero | head -c " + MORE_THAN_A_PIPE + " >&2"))
                .withInput(input).run(BOUND);

        assertThat(outcome).isInstanceOfSatisfying(Exited.class, exited -> {
            assertThat(exited.status()).isZero();
            assertThat(exited.out()).isEqualTo(input);
            assertThat(exited.err()).hasSize(MORE_THAN_A_PIPE);
        });
    }

    @Test
    void aChildPastItsBoundIsKilledWithEveryProcessItStarted() throws IOException {
        Path pids = dir.resolve("pids");
        // The child starts a shell that starts a sleep: both are its descendants, and neither ends by itself.
        String grandchild = "sleep 60 & echo $$ $! > " + pids + "; wait";
        List<String> command = List.of("sh", "-c", "sh -c '" + grandchild + "' & echo started >&2; wait");

        Outcome outcome = ChildProcess.of(command).run(Duration.ofSeconds(2));

        assertThat(outcome).isInstanceOfSatisfying(Killed.class, killed -> {
            assertThat(killed.bound()).isEqualTo(Duration.ofSeconds(2));
            assertThat(killed.err()).isEqualTo("started\n");
            assertThat(killed.describe("the shells")).isEqualTo("the shells did not finish within 2000 ms; killed it");
            assertThat(killed.describeWithPid("the shells")).endsWith("killed it (pid " + killed.pid() + ")");
            assertThat(ProcessHandle.of(killed.pid()).filter(ProcessHandle::isAlive)).as("the child").isEmpty();
        });
        List<Long> descendants = List.of(Files.readString(pids).strip().split(" ")).stream().map(Long::parseLong).toList();
        assertThat(descendants).hasSize(2)
                .allSatisfy(pid -> assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive)).as("pid " + pid).isEmpty());
    }

    @Test
    void anInterruptedWaitKillsTheChildAndKeepsTheInterrupt() {
        Thread waiting = Thread.currentThread();
        try (ScheduledExecutorService interrupter = Executors.newSingleThreadScheduledExecutor()) {
            interrupter.schedule(waiting::interrupt, 500, TimeUnit.MILLISECONDS);

            assertThatThrownBy(() -> ChildProcess.of(List.of("sh", "-c", "sleep 60 & wait")).run(BOUND))
                    .isInstanceOf(CancellationException.class)
                    .hasMessage("interrupted while waiting for sh; killed it");
        } finally {
            assertThat(Thread.interrupted()).as("the interrupt is kept for the caller").isTrue();
        }
    }

    @Test
    void aChildThatCannotStartSaysWhy() {
        Outcome outcome = ChildProcess.of(List.of(dir.resolve("no-such-program").toString())).run(BOUND);

        assertThat(outcome).isInstanceOfSatisfying(NotStarted.class,
                notStarted -> assertThat(notStarted.reason()).contains("no-such-program").contains("No such file"));
    }
}
