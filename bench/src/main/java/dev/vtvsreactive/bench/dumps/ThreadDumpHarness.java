package dev.vtvsreactive.bench.dumps;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.HotSpotDiagnosticMXBean.ThreadDumpFormat;
import dev.vtvsreactive.bench.ChildJvm;
import dev.vtvsreactive.lesson.Blocking.LessonTimeoutException;
import dev.vtvsreactive.lesson.LessonModels;
import dev.vtvsreactive.lesson.fanout.FanOut;
import dev.vtvsreactive.lesson.fanout.FanOutFactory;
import dev.vtvsreactive.lesson.fanout.FanOutVariant;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Future;

/**
 * The dumped JVM's side of {@link ThreadDumpsExperiment}: starts one model's gather of N tasks that
 * each wait, in its idiom ({@link FanOutVariant#IDIOM}), waits until every task has begun its wait,
 * then dumps this JVM's threads as JSON with {@link HotSpotDiagnosticMXBean#dumpThreads}, what
 * {@code jcmd <pid> Thread.dump_to_file -format=json} does from outside, then cancels the gather and
 * closes the fan-out. It reads nothing of the dump: the experiment does, as a person would.
 *
 * <p>{@link #main} runs in a fresh child JVM with default options, so that the dump holds only the
 * gather and what any JVM runs; it is not meant to be run by hand.
 */
public final class ThreadDumpHarness {

    /**
     * What the child is asked to do.
     *
     * @param tasks    N, how many tasks the gather starts
     * @param waitMs   how long each task waits: long enough for the dump to be taken while all wait
     * @param dumpFile where to write the dump: an absolute path to a file that does not exist yet
     */
    public record Request(int tasks, long waitMs, String dumpFile) {
    }

    /**
     * What the child did.
     *
     * @param wiring        how the model wrote its gather, in its own words
     * @param modelPackage  the package of the model's own code (its fan-out, gather and lesson), whose frames
     *                      name the scenario
     * @param threadsBefore the ids of this JVM's threads just before the gather started
     * @param dumpMs        how long taking the dump took, writing the file included
     * @param dumpBytes     the size of the dump
     * @param closeFailure  why the fan-out did not close once its gather was cancelled; null when it did
     */
    public record Dumped(String wiring, String modelPackage, List<Long> threadsBefore, double dumpMs, long dumpBytes,
                         String closeFailure) {

        public Dumped {
            threadsBefore = List.copyOf(threadsBefore);
        }

        /** This dump, from a JVM whose fan-out did not close, for {@code why}. */
        Dumped closedWith(String why) {
            return new Dumped(wiring, modelPackage, threadsBefore, dumpMs, dumpBytes, why);
        }
    }

    private ThreadDumpHarness() {
    }

    /** The child: takes the dump the request on standard input asks for, with MODEL's gather waiting, and prints what it did. */
    public static void main(String... args) {
        ChildJvm.serve(ThreadDumpHarness.class, args, List.of("MODEL"), Request.class, (arguments, request) ->
                dump(LessonModels.plugin(arguments.getFirst()).fanOut(), request));
    }

    /**
     * Dumps this JVM's threads to the request's file while the factory's gather of the request's
     * tasks waits, then cancels the gather and closes the fan-out. A fan-out that does not close
     * within its bound once its gather is cancelled (its tasks outlived the cancellation) is reported
     * with the dump, which is taken and good, rather than instead of it.
     *
     * @throws LessonTimeoutException if the tasks had not all begun their wait within it
     * @throws IllegalStateException  if a wait ended before the dump was taken: it would not show every task waiting
     * @throws UncheckedIOException   if the dump could not be written
     */
    static Dumped dump(FanOutFactory factory, Request request) {
        String what = factory.name() + " (" + request.tasks() + " waiting tasks)";
        FanOut fanOut = factory.create(FanOutVariant.IDIOM);
        Dumped dumped;
        try {
            dumped = dumpWhileWaiting(fanOut, request, what);
        } catch (RuntimeException e) {
            try {
                fanOut.close();
            } catch (RuntimeException closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
        try {
            fanOut.close();
            return dumped;
        } catch (IllegalStateException e) {
            return dumped.closedWith(what + ": its gather cancelled after the dump, the fan-out did not close: " + e.getMessage());
        }
    }

    /** Starts the gather, dumps the threads once all its tasks wait, and cancels it, whether the dump was taken or not. */
    private static Dumped dumpWhileWaiting(FanOut fanOut, Request request, String what) {
        Path file = Path.of(request.dumpFile());
        Duration wait = Duration.ofMillis(request.waitMs());
        HotSpotDiagnosticMXBean diagnostics = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        // Platform threads only, which is all there are before the gather: this JVM starts no virtual thread of its own.
        List<Long> before = Arrays.stream(ManagementFactory.getThreadMXBean().getAllThreadIds()).boxed().toList();
        WaitingTasks waiting = new WaitingTasks(request.tasks());
        Future<List<Integer>> gathering = fanOut.gather(request.tasks(), wait, waiting);
        try {
            // Every task begins its wait before the first one ends, or the dump cannot show them all waiting.
            if (!waiting.awaitAllWaiting(wait)) {
                throw new LessonTimeoutException(what + ": only " + waiting.startedCount() + " tasks had begun their wait"
                        + " within " + wait.toMillis() + " ms");
            }
            long start = System.nanoTime();
            diagnostics.dumpThreads(file.toString(), ThreadDumpFormat.JSON);
            // Milliseconds to the microsecond, as the fan-out reports its times.
            double dumpMs = Math.round((System.nanoTime() - start) / 1e3) / 1e3;
            if (waiting.finishedCount() > 0) {
                throw new IllegalStateException(what + ": " + waiting.finishedCount() + " waits of " + wait.toMillis()
                        + " ms ended before the dump was taken, so it does not show every task waiting");
            }
            return new Dumped(fanOut.wiring(), fanOut.getClass().getPackageName(), before, dumpMs, Files.size(file), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException(what + ": interrupted while waiting for the tasks to begin their wait");
        } catch (IOException e) {
            throw new UncheckedIOException(what + ": cannot dump the threads to " + file, e);
        } finally {
            // Taken or not, the dump is over: the tasks need not wait out their time.
            gathering.cancel(true);
        }
    }
}
