package dev.vtvsreactive.cli;

import dev.vtvsreactive.lesson.Narrator.Event;
import java.io.PrintWriter;
import java.util.List;

/**
 * A comparison for people: each lesson line as it is said, prefixed by the model, the time into
 * the run and the thread, then one table row per run.
 */
final class ConsoleReport implements Comparison.Listener {

    private static final String NO_IDEAL = "—";
    private static final String FAILED = "failed";
    private static final String SKIPPED = "skipped";
    /** Wide enough for the longest usual pool thread, {@code ForkJoinPool.commonPool-worker-1}. */
    private static final int THREAD_WIDTH = 32;

    private final PrintWriter out;
    private final int modelWidth;

    /** @param models the models to be run, so that the prefixes line up */
    ConsoleReport(PrintWriter out, List<String> models) {
        this.out = out;
        this.modelWidth = models.stream().mapToInt(String::length).max().orElse(0);
    }

    @Override
    public void said(String model, Event event) {
        out.printf("%-" + modelWidth + "s %9s  %-" + THREAD_WIDTH + "s  %s%n",
                model, "+" + event.atMillis() + " ms", event.thread(), event.line());
        out.flush();
    }

    /** The table of every run, and what its columns mean. */
    void table(List<RunResult> results) {
        String row = "%-" + Math.max(modelWidth, "model".length()) + "s  %-8s  %12s  %12s%n";
        out.println();
        out.printf(row, "model", "scenario", "wall", "ideal");
        for (RunResult run : results) {
            out.printf(row, run.model(), run.scenario().label(),
                    run.wasSkipped() ? SKIPPED : run.failed() ? FAILED : Millis.format(run.wall()),
                    run.ideal().map(Millis::format).orElse(NO_IDEAL));
        }
        out.println();
        out.println("wall: one cold run of the scenario's main (JIT warm-up included); ideal: its time if the model cost nothing.");
        if (results.stream().anyMatch(run -> AsyncioScripts.isModel(run.model()) && !run.wasSkipped())) {
            out.println("asyncio: the lesson's own Python (asyncio/lesson.py), one run on a fresh loop, timed by the"
                    + " interpreter (its start-up excluded); its lines are printed when its run has ended.");
        }
        out.println("For measured numbers: ./compare bench");
        out.flush();
    }
}
