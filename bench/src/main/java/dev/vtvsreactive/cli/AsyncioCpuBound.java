package dev.vtvsreactive.cli;

import dev.vtvsreactive.bench.report.CpuBoundResults;
import dev.vtvsreactive.cli.ChildProcess.Exited;
import dev.vtvsreactive.cli.ChildProcess.Killed;
import dev.vtvsreactive.cli.ChildProcess.NotStarted;
import dev.vtvsreactive.lesson.TimeScale;
import dev.vtvsreactive.lesson.cpu.CpuBoundPlan;
import dev.vtvsreactive.lesson.cpu.CpuBoundReport;
import dev.vtvsreactive.lesson.cpu.CpuBoundRun;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The CPU-bound experiment in the lesson's own Python: {@code cpubound.py}, which calibrates its
 * CPU work for the interpreter and writes the Java side's {@link CpuBoundReport} JSON, read back
 * by {@link CpuBoundResults#parse}. Its runs: {@code asyncio} blocked, blocked-yield and fixed
 * ({@code asyncio.to_thread}), and {@code asyncio-process-pool} fixed.
 */
final class AsyncioCpuBound {

    /** What became of the experiment in one asyncio model. */
    sealed interface Outcome {
    }

    /** It ran: {@code report} holds its runs, with the work calibrated for the interpreter. */
    record Ran(CpuBoundReport report) implements Outcome {
    }

    /** The interpreter or the model's loop (uvloop) is missing, so it could not run. */
    record Skipped(String why) implements Outcome {
    }

    /** It ran and failed, or gave no report. */
    record Failed(String why) implements Outcome {
    }

    private static final String SCRIPT = "cpubound.py";
    /** cpubound.py's runs, one after another, each following the plan at the scale. */
    private static final int RUNS = 4;
    /** One run's length in the plan: the CPU work starts 300 ms in, lasts 500 ms, and 200 ms of tail follow. */
    private static final Duration RUN = CpuBoundPlan.CPU_START.plus(CpuBoundPlan.CPU_WORK).plus(CpuBoundPlan.TAIL);
    /** How argparse words cpubound.py's usage errors, the unimportable loop among them. */
    private static final String USAGE_ERROR = "error: ";
    private static final String NOT_IMPORTABLE = "is not importable";

    private final AsyncioScripts scripts;
    private final Optional<String> unavailable;

    /** Asks the interpreter once whether it can run the scripts; if not, every model is skipped with the reason. */
    AsyncioCpuBound(AsyncioScripts scripts) {
        this.scripts = scripts;
        this.unavailable = scripts.unavailable();
    }

    /** Runs the experiment at {@code scale} on the loop of {@code model}. */
    Outcome run(String model, TimeScale scale) {
        if (unavailable.isPresent()) {
            return new Skipped(unavailable.get());
        }
        List<String> arguments = List.of("--scale", Double.toString(scale.factor()), "--loop", AsyncioScripts.loop(model));
        return switch (scripts.run(SCRIPT, arguments, scale.of(RUN).multipliedBy(RUNS))) {
            case Exited(int status, String out, String err) when status == 0 -> read(out);
            case Exited(int status, String out, String err) when status == 2 && err.contains(NOT_IMPORTABLE) ->
                    new Skipped(reason(err));
            case Exited(int status, String out, String err) ->
                    new Failed(SCRIPT + " exited with status " + status + ChildProcess.saying(err));
            case Killed killed -> new Failed(killed.describe(SCRIPT));
            case NotStarted(String reason) -> new Failed("cannot start " + scripts.python() + ": " + reason);
        };
    }

    /**
     * One report of every run in {@code reports}, in their order. The first report's plan heads it;
     * each run keeps its own, with the CPU work calibrated for the runtime that ran it.
     */
    static CpuBoundReport merge(List<CpuBoundReport> reports) {
        CpuBoundReport first = reports.getFirst();
        if (reports.size() == 1) {
            return first;
        }
        return new CpuBoundReport(reports.stream().map(CpuBoundReport::java).distinct().collect(Collectors.joining("; ")),
                first.processors(), first.scale(), first.plan(), reports.stream().flatMap(report -> report.runs().stream()).toList());
    }

    /**
     * For each report after the first whose CPU work differs from the first's, which the console's
     * heading describes: which models ran which work instead, calibrated for which runtime.
     */
    static List<String> otherWork(List<CpuBoundReport> reports) {
        CpuBoundPlan headed = reports.getFirst().plan();
        return reports.stream().skip(1).filter(report -> !report.plan().work().equals(headed.work()))
                .map(report -> String.format(Locale.ROOT, "%s counted the primes below %,d instead (%,d of them): the CPU"
                                + " task calibrated to %.0f ms for %s, as the heading's is for Java %s.",
                        String.join(", ", report.runs().stream().map(CpuBoundRun::model).distinct().toList()),
                        report.plan().work().limit(), report.plan().work().primes(), report.plan().cpuTargetMs(),
                        report.java(), reports.getFirst().java()))
                .toList();
    }

    private Outcome read(String out) {
        try {
            return new Ran(CpuBoundResults.parse(scripts.folder().resolve(SCRIPT), out.getBytes(StandardCharsets.UTF_8)).report());
        } catch (IllegalArgumentException e) {
            return new Failed(e.getMessage());
        }
    }

    /** argparse's line {@code cpubound.py: error: uvloop is not importable (...)}, without its prefix. */
    private static String reason(String err) {
        String line = err.lines().filter(text -> text.contains(NOT_IMPORTABLE)).findFirst().orElse(err).strip();
        int error = line.indexOf(USAGE_ERROR);
        return error < 0 ? line : line.substring(error + USAGE_ERROR.length());
    }
}
