package dev.vtvsreactive.bench.dumps;

import dev.vtvsreactive.bench.ChildJvm;
import dev.vtvsreactive.bench.dumps.ThreadDumpHarness.Dumped;
import dev.vtvsreactive.bench.dumps.ThreadDumpHarness.Request;
import dev.vtvsreactive.bench.dumps.ThreadDumpsReport.NotRun;
import dev.vtvsreactive.lesson.Blocking.LessonTimeoutException;
import dev.vtvsreactive.lesson.LessonModels;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * With N of the lesson's gathered tasks waiting, what can a person find in a JDK 25 thread dump?
 * Per model, in a fresh child JVM, the {@link ThreadDumpHarness} starts the model's own gather of N
 * tasks that each wait {@value #WAIT_SECONDS} s and, once all wait, dumps the JVM's threads as JSON
 * ({@code jcmd <pid> Thread.dump_to_file -format=json} from inside); this JVM reads the dump
 * ({@link ThreadDumpReading}) and measures the threads it holds, per thread container, platform and
 * virtual; how many of the N waiting tasks a thread's stack shows; whether any frame names the
 * model's code; the dump's size and the time taking it took.
 *
 * <p>Expect every task of virtual threads to be found, a virtual thread parked in
 * {@code Thread.sleep} under the model's code, in a dump that grows by about a kilobyte per waiting
 * task; and none of Reactor's, RxJava's or CompletableFuture's, whose tasks are timers, not threads:
 * their dumps hold the same few scheduler threads whatever N, and no frame of the model's code.
 * After the dump the gather is cancelled and the fan-out closed; one that does not close within its
 * bound is reported with its dump.
 *
 * <pre>{@code
 * ThreadDumpsReport report = ThreadDumpsExperiment.run(List.of("virtual-threads", "reactor"), 10_000, System.out::println);
 * System.out.println(report.toJson());
 * }</pre>
 */
public final class ThreadDumpsExperiment {

    /** N by default: enough tasks that a person could not read the dump of a thread per task line by line. */
    public static final int DEFAULT_TASKS = 10_000;
    /** The most tasks: a virtual thread's stack takes about a kilobyte of dump, read whole by this JVM. */
    public static final int MAX_TASKS = 100_000;
    /** How long each task waits: long enough to start them all and take the dump before the first wait ends. */
    public static final int WAIT_SECONDS = 30;
    /** {@link #WAIT_SECONDS}, as the harness is given it. */
    public static final Duration WAIT = Duration.ofSeconds(WAIT_SECONDS);

    private ThreadDumpsExperiment() {
    }

    /**
     * Takes and reads a dump for every model of {@code models}, in that order, each in a child JVM
     * of its own. A model whose dump could not be taken (its tasks did not all begin their wait, or
     * its child failed or outlived its bound and was killed) is reported as failed; the others still run.
     *
     * @param progress told of each dump as it is read, one line each
     * @throws IllegalArgumentException naming an unknown model, or a number of tasks out of range
     */
    public static ThreadDumpsReport run(List<String> models, int tasks, Consumer<String> progress) {
        checkTasks(tasks);
        models.forEach(LessonModels::plugin);
        List<ThreadDumpRun> runs = new ArrayList<>();
        List<NotRun> failed = new ArrayList<>();
        for (String model : models) {
            try {
                ThreadDumpRun run = dump(model, tasks);
                runs.add(run);
                progress.accept(describe(run));
            } catch (LessonTimeoutException | IllegalStateException | UncheckedIOException e) {
                failed.add(new NotRun(model, e.getMessage()));
                progress.accept(model + " failed: " + e.getMessage());
            }
        }
        return new ThreadDumpsReport(Runtime.version().toString(), Runtime.getRuntime().availableProcessors(), tasks, runs,
                failed);
    }

    /**
     * Accepts {@code tasks} as N.
     *
     * @throws IllegalArgumentException naming the value and the range
     */
    public static int checkTasks(int tasks) {
        if (tasks < 1 || tasks > MAX_TASKS) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "the number of tasks must be between 1 and %d, was %d", MAX_TASKS, tasks));
        }
        return tasks;
    }

    /** The dump of {@code model}'s gather of {@code tasks}, taken in a child JVM into a scratch folder, read, then deleted. */
    static ThreadDumpRun dump(String model, int tasks) {
        Path folder = scratchFolder();
        Path file = folder.resolve(model + ".json");
        Request request = new Request(tasks, WAIT.toMillis(), file.toString());
        try {
            // The tasks begin their wait within it, the dump ends before the first wait does, and closing is bounded.
            Dumped dumped = new ChildJvm(List.of(), ThreadDumpHarness.class, List.of(model))
                    .run(model + " (" + tasks + " waiting tasks) in a child JVM", request, Dumped.class,
                            ChildJvm.bound(WAIT.multipliedBy(2)));
            return ThreadDumpReading.read(model, request, dumped, ThreadDump.read(file));
        } finally {
            delete(file);
            delete(folder);
        }
    }

    private static Path scratchFolder() {
        try {
            return Files.createTempDirectory("thread-dump-").toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a folder for the thread dump", e);
        }
    }

    private static void delete(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // A scratch file left behind is harmless; the run's outcome, or why it failed, matters more.
        }
    }

    private static String describe(ThreadDumpRun run) {
        return String.format(Locale.ROOT, "%s: %,d threads (%,d platform, %,d virtual), %,d of %,d tasks found, "
                        + "%,d bytes dumped in %.0f ms", run.model(), run.threads(), run.platformThreads(), run.virtualThreads(),
                run.tasksFound(), run.tasks(), run.dumpBytes(), run.dumpMs());
    }
}
