package dev.vtvsreactive.cli;

import dev.vtvsreactive.report.CpuBoundResults;
import dev.vtvsreactive.cli.AsyncioExperiment.Outcome;
import dev.vtvsreactive.lesson.TimeScale;
import dev.vtvsreactive.bench.cpu.CpuBoundPlan;
import dev.vtvsreactive.bench.cpu.CpuBoundReport;
import dev.vtvsreactive.bench.cpu.CpuBoundRun;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The CPU-bound experiment in the lesson's own Python: {@code cpubound.py}, which calibrates its
 * CPU work for the interpreter and writes the Java side's {@link CpuBoundReport} JSON, read back
 * by {@link CpuBoundResults#parse}. Its runs: {@code asyncio} blocked, blocked-yield and fixed
 * ({@code asyncio.to_thread}), and {@code asyncio-process-pool} fixed.
 */
final class AsyncioCpuBound {

    /** cpubound.py's runs, one after another, each following the plan at the scale. */
    private static final int RUNS = 4;
    /** One run's length in the plan: the CPU work starts 300 ms in, lasts 500 ms, and 200 ms of tail follow. */
    private static final Duration RUN = CpuBoundPlan.CPU_START.plus(CpuBoundPlan.CPU_WORK).plus(CpuBoundPlan.TAIL);

    private final AsyncioExperiment<CpuBoundReport> experiment;

    /** Asks the interpreter once whether it can run the scripts; if not, every model is skipped with the reason. */
    AsyncioCpuBound(AsyncioScripts scripts) {
        this.experiment = new AsyncioExperiment<>(scripts, "cpubound.py",
                (source, json) -> CpuBoundResults.parse(source, json).report());
    }

    /** Runs the experiment at {@code scale} on the loop of {@code model}. */
    Outcome<CpuBoundReport> run(String model, TimeScale scale) {
        return experiment.run(List.of("--scale", Double.toString(scale.factor()), "--loop", AsyncioScripts.loop(model)),
                scale.of(RUN).multipliedBy(RUNS));
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
}
