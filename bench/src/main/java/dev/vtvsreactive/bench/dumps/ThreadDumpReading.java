package dev.vtvsreactive.bench.dumps;

import dev.vtvsreactive.bench.dumps.ThreadDump.DumpedThread;
import dev.vtvsreactive.bench.dumps.ThreadDump.Frame;
import dev.vtvsreactive.bench.dumps.ThreadDumpHarness.Dumped;
import dev.vtvsreactive.bench.dumps.ThreadDumpHarness.Request;
import dev.vtvsreactive.bench.dumps.ThreadDumpRun.ContainerThreads;
import dev.vtvsreactive.bench.dumps.ThreadDumpRun.ExcerptedThread;
import dev.vtvsreactive.bench.dumps.ThreadDumpRun.Shown;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Reads a thread dump as a person looking for the waiting tasks of a gather would: which threads
 * show a task's wait, which frames name the model's code, which threads the gather started, and a
 * few stacks to read.
 *
 * <p>A task's wait shows in a dump only if the task waits on a thread of its own: the lesson's
 * {@code await asyncio.sleep(d)}, written for threads, is {@code Thread.sleep(d)}, so a task is
 * found by a {@code Thread.sleep} frame whose caller is the model's code. A task that waits on a
 * timer holds no thread while it waits, and has no frame to be found by.
 */
public final class ThreadDumpReading {

    /** The threads that show a task's wait the excerpt keeps: one looks like the next. */
    static final int EXCERPT_TASKS = 2;
    /** Threads in an excerpt: enough to see what the dump holds, few enough to read. */
    static final int EXCERPT_THREADS = 4;
    /** Frames kept of each excerpted stack, innermost first: a task's wait and its caller are within the first eight. */
    static final int EXCERPT_FRAMES = 8;

    private ThreadDumpReading() {
    }

    /**
     * What a person finds in {@code dump}, taken while the tasks of {@code model}'s gather waited.
     *
     * @param request what the dumped JVM was asked: how many tasks, waiting how long
     * @param dumped  what it said of its gather and of its threads before it
     */
    public static ThreadDumpRun read(String model, Request request, Dumped dumped, ThreadDump dump) {
        Set<Long> before = new HashSet<>(dumped.threadsBefore());
        List<ContainerThreads> containers = dump.threadContainers().stream()
                .map(container -> new ContainerThreads(container.container(),
                        (int) container.threads().stream().filter(thread -> !thread.virtual()).count(),
                        (int) container.threads().stream().filter(DumpedThread::virtual).count()))
                .toList();
        List<String> startedByGather = dump.threads().stream()
                .filter(thread -> !thread.virtual() && !before.contains(thread.tid()))
                .map(DumpedThread::name)
                .toList();
        List<DumpedThread> taskThreads = dump.threads().stream()
                .filter(thread -> showsTaskWait(thread, dumped.modelPackage()))
                .toList();
        Set<String> scenarioFrames = new LinkedHashSet<>();
        int threadsNamingScenario = 0;
        for (DumpedThread thread : dump.threads()) {
            List<String> named = scenarioFrames(thread, dumped.modelPackage());
            scenarioFrames.addAll(named);
            threadsNamingScenario += named.isEmpty() ? 0 : 1;
        }
        return new ThreadDumpRun(model, dumped.wiring(), request.tasks(), request.waitMs(), dumped.dumpBytes(), dumped.dumpMs(),
                containers, startedByGather, taskThreads.size(),
                (int) taskThreads.stream().filter(DumpedThread::virtual).count(), threadsNamingScenario,
                List.copyOf(scenarioFrames), excerpt(dump, dumped.modelPackage(), before), dumped.closeFailure());
    }

    /** Whether {@code thread} shows a task's wait: {@code Thread.sleep}, called by code of {@code modelPackage}. */
    static boolean showsTaskWait(DumpedThread thread, String modelPackage) {
        List<Frame> frames = thread.frames();
        for (int i = 0; i + 1 < frames.size(); i++) {
            if (frames.get(i).is(Thread.class, "sleep") && frames.get(i + 1).inPackage(modelPackage)) {
                return true;
            }
        }
        return false;
    }

    /** The methods of {@code modelPackage} that {@code thread}'s frames name, each once, innermost first. */
    static List<String> scenarioFrames(DumpedThread thread, String modelPackage) {
        return thread.frames().stream().filter(frame -> frame.inPackage(modelPackage)).map(Frame::simpleName).distinct().toList();
    }

    /**
     * A few threads to read, in the dump's order within each kind: the first that show a task's
     * wait, then those that run the model's code otherwise, then those the gather started, to at
     * most {@value #EXCERPT_THREADS}.
     */
    private static List<ExcerptedThread> excerpt(ThreadDump dump, String modelPackage, Set<Long> before) {
        List<ExcerptedThread> excerpt = new ArrayList<>();
        add(excerpt, dump, Shown.TASK_WAIT, EXCERPT_TASKS, thread -> showsTaskWait(thread, modelPackage));
        add(excerpt, dump, Shown.SCENARIO, EXCERPT_THREADS,
                thread -> !showsTaskWait(thread, modelPackage) && !scenarioFrames(thread, modelPackage).isEmpty());
        add(excerpt, dump, Shown.STARTED_BY_GATHER, EXCERPT_THREADS,
                thread -> !thread.virtual() && !before.contains(thread.tid()));
        return excerpt;
    }

    /** Adds to {@code excerpt} the threads {@code which} accepts that it does not hold yet, until it holds {@code limit}. */
    private static void add(List<ExcerptedThread> excerpt, ThreadDump dump, Shown shown, int limit,
                            Predicate<DumpedThread> which) {
        for (ThreadDump.Container container : dump.threadContainers()) {
            for (DumpedThread thread : container.threads()) {
                if (excerpt.size() >= limit) {
                    return;
                }
                if (excerpt.stream().noneMatch(kept -> kept.tid() == thread.tid()) && which.test(thread)) {
                    excerpt.add(excerpted(shown, container, thread));
                }
            }
        }
    }

    private static ExcerptedThread excerpted(Shown shown, ThreadDump.Container container, DumpedThread thread) {
        List<String> frames = thread.stack().subList(0, Math.min(EXCERPT_FRAMES, thread.stack().size()));
        return new ExcerptedThread(shown, container.container(), thread.name(), thread.tid(), thread.virtual(),
                thread.state(), frames, thread.stack().size() - frames.size());
    }
}
