package dev.vtvsreactive.cli;

import dev.vtvsreactive.report.CpuBoundResults;
import dev.vtvsreactive.lesson.TimeScale;
import dev.vtvsreactive.bench.cpu.CpuBoundExperiment;
import dev.vtvsreactive.bench.cpu.CpuBoundPlan;
import dev.vtvsreactive.bench.cpu.CpuBoundReport;
import dev.vtvsreactive.bench.cpu.CpuWork;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code compare cpu-bound}: the lesson's quiz, measured. Runs {@link CpuBoundExperiment} for the
 * chosen Java models, then {@link AsyncioCpuBound} for the asyncio ones, and prints every run's
 * heartbeat as a strip of text, the table of worst gaps and reply delays, each model's verdict and
 * the quiz's answer; or, with {@code --json}, the experiment's JSON document only.
 *
 * <p>An asyncio model that cannot run is skipped with the reason on standard error: exit 0 when
 * another model ran, {@value Compare#NOTHING_RAN} when none did; 1 when one failed.
 */
@Command(name = "cpu-bound", mixinStandardHelpOptions = true, versionProvider = Compare.Version.class, sortOptions = false,
        description = """
                The lesson's quiz, measured: is an event loop a good choice for CPU-bound work? Each model ticks \
                a heartbeat every 10 ms on its single loop while a CPU task (prime counting, calibrated to 500 \
                ms x S) runs on that loop (blocked) or off it, in the model's idiom (fixed). Prints each \
                heartbeat's timeline, the worst gaps, how late a reply came, and the answer. Virtual threads run \
                in a child JVM with one carrier; runs go one by one. --model asyncio runs the lesson's own \
                Python (asyncio/cpubound.py, its work calibrated for the interpreter) beside them.""",
        footerHeading = "%nExamples:%n",
        footer = {
            "  ./compare cpu-bound",
            "  ./compare cpu-bound --model reactor --scale 0.4",
            "  ./compare cpu-bound --model virtual-threads --model asyncio",
            "  ./compare cpu-bound --json > cpu-bound.json",
            "  ./compare cpu-bound --save runs/cpu-bound.json   # beside runs/results.json,",
            "  ./compare report runs/results.json                # for the report's section"
        })
final class CpuBoundCommand extends ExperimentCommand {

    @Option(names = "--model", paramLabel = "NAME", converter = ModelName.class,
            description = "A model to run, repeatable: virtual-threads, reactor, rxjava, completable-future, "
                    + "or the lesson's own Python: asyncio, asyncio-uvloop (python3 or $ASYNCIO_PYTHON, 3.11+). "
                    + "Default: every Java model that has the experiment, in that order.")
    List<String> models = new ArrayList<>();

    @Option(names = "--scale", paramLabel = "S", converter = ScaleConverter.class,
            description = "Factor on the experiment's times, all but the heartbeat's 10 ms period (default 1); "
                    + "at least 0.2, so that the CPU task lasts ten periods.")
    TimeScale scale = TimeScale.LESSON;

    /** @param asyncioScripts the lesson's Python code, asked for only when an asyncio model is to run */
    CpuBoundCommand(Supplier<AsyncioScripts> asyncioScripts) {
        super(asyncioScripts);
    }

    @Override
    public Integer call() throws IOException {
        Chosen chosen = Chosen.of(models);
        if (chosen.all().isEmpty()) {
            throw new IllegalStateException("no concurrency model with the CPU-bound experiment on the class path;"
                    + " build the suite with ./mvnw package");
        }
        checkSaveFolder();
        Optional<AsyncioCpuBound> asyncio = chosen.asyncio().isEmpty()
                ? Optional.empty()
                : Optional.of(new AsyncioCpuBound(asyncioScripts()));
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!json) {
            out.println("Calibrating the CPU task, then running " + String.join(", ", chosen.all())
                    + " one run after another (blocked, then fixed)...");
            out.flush();
        }
        List<CpuBoundReport> reports = new ArrayList<>();
        if (!chosen.java().isEmpty()) {
            reports.add(CpuBoundExperiment.run(scale, chosen.java()));
        }
        boolean failed = false;
        for (String model : chosen.asyncio()) {
            switch (asyncio.orElseThrow().run(model, scale)) {
                case AsyncioExperiment.Ran<CpuBoundReport>(CpuBoundReport report) -> reports.add(report);
                case AsyncioExperiment.Skipped<CpuBoundReport>(String why) -> err.println("compare: " + model + " skipped cpu-bound: " + why);
                case AsyncioExperiment.Failed<CpuBoundReport>(String why) -> {
                    err.println("compare: " + model + " failed cpu-bound: " + why);
                    failed = true;
                }
            }
        }
        err.flush();
        if (!reports.isEmpty()) {
            CpuBoundReport report = AsyncioCpuBound.merge(reports);
            if (save != null) {
                Files.writeString(save, report.toJson() + "\n");
            }
            out.print(json ? report.toJson() + "\n" : "\n" + new CpuBoundResults(report).console());
            if (!json) {
                AsyncioCpuBound.otherWork(reports).forEach(note -> out.println("Note: " + note));
            }
            out.flush();
        }
        if (failed) {
            return CommandLine.ExitCode.SOFTWARE;
        }
        return reports.isEmpty() ? Compare.NOTHING_RAN : CommandLine.ExitCode.OK;
    }

    /** {@code --model}: a model that has the experiment. */
    static final class ModelName extends ModelConverter {
        ModelName() {
            super("CPU-bound experiment");
        }
    }

    /**
     * {@code --scale}: a {@link TimeScale} the experiment can run at, checked by the experiment's
     * own planning (with trivial work: nothing is calibrated or run), so that a scale too small is
     * a usage error in the experiment's words.
     */
    static final class ScaleConverter implements ITypeConverter<TimeScale> {

        private static final CpuWork TRIVIAL_WORK = CpuWork.of(2);

        @Override
        public TimeScale convert(String value) {
            TimeScale scale = new Converters.Scale().convert(value);
            try {
                CpuBoundPlan.at(scale, TRIVIAL_WORK);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
            return scale;
        }
    }
}
