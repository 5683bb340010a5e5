package dev.vtvsreactive.bench.dumps;

import dev.vtvsreactive.bench.ConsoleTable;
import dev.vtvsreactive.bench.dumps.ThreadDumpRun.ContainerThreads;
import dev.vtvsreactive.bench.dumps.ThreadDumpRun.ExcerptedThread;
import dev.vtvsreactive.bench.dumps.ThreadDumpRun.Shown;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The thread-dump experiment's report as text for a terminal: a table of every model's dump
 * (threads, tasks found, whether frames name the scenario, size, time to take it), the threads per
 * container, an excerpt of each dump, what failed, and one finding per model.
 */
public final class ThreadDumpsConsole {

    private static final List<String> HEADERS = List.of(
            "model", "threads in the dump", "platform", "virtual", "tasks found / N", "frames name the scenario",
            "dump bytes", "dump ms");
    /** The columns of counts, right-aligned as numbers are read. */
    private static final List<Integer> COUNTS = List.of(1, 2, 3, 6, 7);

    private ThreadDumpsConsole() {
    }

    /** {@code report} as text, ending with a newline. */
    public static String render(ThreadDumpsReport report) {
        List<String> text = new ArrayList<>();
        text.add(String.format(Locale.ROOT, "Thread dumps with %,d of the lesson's gathered tasks waiting, per model "
                + "(Java %s, %d processors; JSON dumps, as jcmd <pid> Thread.dump_to_file -format=json writes them)",
                report.tasks(), report.java(), report.processors()));
        text.add("A task is found when a thread's stack shows its wait: Thread.sleep called by the model's code."
                + " The scenario is named when a frame is the model's code (its fan-out, gather or lesson).");
        text.add("");
        text.addAll(table(report.runs()));
        report.failed().forEach(notRun -> text.add("FAILED: " + notRun.model() + ": " + notRun.reason()));
        text.add("");
        text.add("Threads per container (those holding any):");
        report.runs().forEach(run -> text.add("  " + run.model() + ": " + containers(run)));
        for (ThreadDumpRun run : report.runs()) {
            text.add("");
            text.add("── " + run.model() + ": " + run.wiring() + " ──");
            if (run.excerpt().isEmpty()) {
                text.add("  (no thread shows a task's wait, runs the model's code or was started by the gather)");
            }
            run.excerpt().forEach(thread -> text.addAll(excerpted(thread)));
            if (run.closeFailure() != null) {
                text.add("  after the dump: " + run.closeFailure());
            }
        }
        text.add("");
        text.add("Findings:");
        report.runs().forEach(run -> text.add("  " + run.model() + ": " + run.finding()));
        return String.join("\n", text) + "\n";
    }

    private static List<String> table(List<ThreadDumpRun> runs) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADERS);
        for (ThreadDumpRun run : runs) {
            rows.add(List.of(run.model(), count(run.threads()), count(run.platformThreads()), count(run.virtualThreads()),
                    found(run), run.scenarioNamed() ? "yes" : "no", count(run.dumpBytes()),
                    String.format(Locale.ROOT, "%.0f", run.dumpMs())));
        }
        return ConsoleTable.lines(rows, COUNTS::contains);
    }

    private static String found(ThreadDumpRun run) {
        return run.tasksAreNotThreads() ? "none: tasks are not threads" : count(run.tasksFound()) + " / " + count(run.tasks());
    }

    private static String containers(ThreadDumpRun run) {
        return run.containers().stream()
                .filter(container -> container.threads() > 0)
                .map(ThreadDumpsConsole::describe)
                .collect(Collectors.joining("; "));
    }

    private static String describe(ContainerThreads container) {
        List<String> kinds = new ArrayList<>();
        if (container.platform() > 0) {
            kinds.add(count(container.platform()) + " platform");
        }
        if (container.virtual() > 0) {
            kinds.add(count(container.virtual()) + " virtual");
        }
        return container.container() + " " + String.join(", ", kinds);
    }

    /** One thread of a dump's excerpt as the console shows it: a heading, then its frames, indented. */
    public static List<String> excerpted(ExcerptedThread thread) {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "  #%d \"%s\" %s %s, in %s: %s", thread.tid(), thread.name(),
                thread.virtual() ? "virtual" : "platform", thread.state(), thread.container(), why(thread.shown())));
        thread.frames().forEach(frame -> lines.add("      " + frame));
        if (thread.moreFrames() > 0) {
            lines.add("      ... " + thread.moreFrames() + " more");
        }
        return lines;
    }

    private static String why(Shown shown) {
        return switch (shown) {
            case TASK_WAIT -> "a task's wait";
            case SCENARIO -> "the model's code, not a task's wait";
            case STARTED_BY_GATHER -> "started by the gather";
        };
    }

    private static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }
}
