package dev.vtvsreactive.report;

import dev.vtvsreactive.bench.dumps.ThreadDumpRun;
import dev.vtvsreactive.bench.dumps.ThreadDumpsConsole;
import dev.vtvsreactive.bench.dumps.ThreadDumpRun.ExcerptedThread;
import dev.vtvsreactive.bench.dumps.ThreadDumpsReport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What the thread-dump experiment found, as the report tells it: per model, with N gathered tasks
 * waiting, how many of them a person finds in a JSON thread dump, whether its frames name the
 * model's code, and a few of its threads as the dump shows them.
 *
 * @param report the experiment's report, with at least one run
 */
record ThreadDumpResults(ThreadDumpsReport report) {

    /** The experiment's JSON beside JMH's {@code results.json}, where the report looks for it. */
    static final String FILE = "thread-dumps.json";
    /** How to run the experiment for the report. */
    static final String HOW_TO_RUN = "./compare thread-dumps --save <report folder>/" + FILE;
    /** How many of a dump's excerpted threads the report shows. */
    static final int EXCERPT_THREADS = 2;

    ThreadDumpResults {
        Objects.requireNonNull(report, "report");
        if (report.runs().isEmpty()) {
            throw new IllegalArgumentException("the thread-dump report holds no run");
        }
    }

    /**
     * Reads the JSON of {@link ThreadDumpsReport#toJson()}.
     *
     * @throws IllegalArgumentException naming {@code source} and what is wrong when it is not that
     */
    static ThreadDumpResults parse(Path source, byte[] json) {
        ThreadDumpsReport report = ExperimentJson.read(source, json, ThreadDumpsReport.SCENARIO, ThreadDumpsReport.class,
                "a thread-dump experiment report");
        if (report.runs().isEmpty()) {
            throw new IllegalArgumentException(source + " holds no run of the thread-dump experiment");
        }
        return new ThreadDumpResults(report);
    }

    /** What the experiment did, with this run's N and JVM. */
    String description() {
        return "Each model gathers " + FanOutResults.count(report.tasks()) + " tasks that each wait, as in the fan-out, and"
                + " while they all wait a JDK 25 JSON thread dump is taken (jcmd <pid> Thread.dump_to_file -format=json). A task"
                + " is found when a thread's stack shows its wait: Thread.sleep called by the model's code; the scenario is"
                + " named when a frame is the model's code. Java " + report.java() + ", " + report.processors() + " processors.";
    }

    /** The table's headings. */
    List<String> headers() {
        return List.of("Model", "Wiring", "Threads in the dump", "Tasks found", "Frames name the scenario", "Dump size (bytes)");
    }

    /** One row per model, cells as {@link #headers()} names them. */
    List<List<String>> rows() {
        return report.runs().stream().map(run -> List.of(Models.label(run.model()), run.wiring(),
                FanOutResults.count(run.threads()) + " (" + FanOutResults.count(run.virtualThreads()) + " virtual)",
                FanOutResults.count(run.tasksFound()) + " of " + FanOutResults.count(run.tasks()),
                run.scenarioNamed() ? "yes: " + String.join(", ", run.scenarioFrames()) : "no",
                FanOutResults.count(run.dumpBytes()))).toList();
    }

    /** What the table's measures are. */
    static String reading() {
        return "Threads in the dump: every thread it holds, the JVM's own included. Tasks found: threads whose stack shows a"
                + " task's wait. Frames name the scenario: the model's methods that any thread's frames show.";
    }

    /** Each model's finding, in one line. */
    List<String> findings() {
        return report.runs().stream().map(run -> Models.label(run.model()) + ": " + run.finding() + ".").toList();
    }

    /**
     * Where a dump shows the waiting tasks, in one clause: {@code with 10,000 tasks waiting, a dump shows
     * them in virtual-threads (10,000 of 10,000, frames naming its code); none in reactor, whose tasks are not threads}.
     */
    String headline() {
        List<String> found = report.runs().stream().filter(run -> run.tasksFound() > 0)
                .map(run -> Models.label(run.model()) + " (" + FanOutResults.count(run.tasksFound()) + " of "
                        + FanOutResults.count(run.tasks()) + (run.scenarioNamed() ? ", frames naming its code)" : ")"))
                .toList();
        List<ThreadDumpRun> none = report.runs().stream().filter(run -> run.tasksFound() == 0).toList();
        String noneFound = none.isEmpty() ? "" : "; none in " + FanOutResults.names(none.stream()
                .map(run -> Models.label(run.model())).toList())
                + (none.stream().allMatch(ThreadDumpRun::tasksAreNotThreads) ? ", whose tasks are not threads" : "");
        return "with " + FanOutResults.count(report.tasks()) + " tasks waiting, a thread dump shows them in "
                + (found.isEmpty() ? "no model" : FanOutResults.names(found)) + noneFound;
    }

    /** The first {@value #EXCERPT_THREADS} threads of {@code run}'s excerpt as the dump shows them; empty when it has none. */
    static String excerpt(ThreadDumpRun run) {
        return run.excerpt().subList(0, Math.min(EXCERPT_THREADS, run.excerpt().size())).stream()
                .flatMap(thread -> ThreadDumpsConsole.excerpted(thread).stream())
                .collect(Collectors.joining("\n"));
    }

    /** An excerpt's heading: the model and its wiring. */
    static String excerptTitle(ThreadDumpRun run) {
        return Models.label(run.model()) + ": " + run.wiring();
    }

    /** The models whose dump failed, and what did not close after a dump, each with its reason. */
    List<String> notRun() {
        return Stream.concat(
                report.failed().stream().map(notRun -> "failed: " + notRun.model() + ": " + notRun.reason()),
                report.runs().stream().filter(run -> run.closeFailure() != null)
                        .map(run -> "after the dump: " + run.model() + ": " + run.closeFailure()))
                .toList();
    }
}
