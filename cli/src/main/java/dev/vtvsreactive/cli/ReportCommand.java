package dev.vtvsreactive.cli;

import dev.vtvsreactive.report.BenchmarkReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code compare report}: the benchmark report, rendered from JMH results saved as JSON. */
@Command(name = "report", mixinStandardHelpOptions = true, versionProvider = Compare.Version.class, sortOptions = false,
        description = {
            "Renders the benchmark report from JMH results saved with -rf json.",
            "Writes index.html (charts, ideal times, overheads, verdicts) and prints",
            "a summary. With cpu-bound.json beside the results (./compare cpu-bound",
            "--save), a section on CPU-bound work too."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  ./compare bench -rf json -rff runs/today.json",
            "  ./compare report runs/today.json                  # runs/index.html",
            "  ./compare report runs/today.json --baseline runs/last-week.json --out report"
        })
final class ReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RESULTS_JSON", description = "JMH's results, written with -rf json.")
    Path results;

    @Option(names = "--baseline", paramLabel = "OLDER_JSON", description = "Older JMH results to compare every row with.")
    Path baseline;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Where the report goes (default: the folder holding RESULTS_JSON).")
    Path outDir;

    @Mixin
    VerboseOption verbose;

    @Override
    public Integer call() throws IOException {
        BenchmarkReport report = read(results);
        Optional<BenchmarkReport> older = baseline == null ? Optional.empty() : Optional.of(read(baseline));
        Path index = report.write(outDir != null ? outDir : results.toAbsolutePath().getParent(), older);
        PrintWriter out = spec.commandLine().getOut();
        out.println(report.summary());
        out.println("report: " + index.toAbsolutePath());
        out.flush();
        return 0;
    }

    /** Reads results the user named; a missing file or one that is not JMH JSON is a usage error. */
    private BenchmarkReport read(Path json) throws IOException {
        try {
            return BenchmarkReport.read(json);
        } catch (NoSuchFileException e) {
            throw new ParameterException(spec.commandLine(), "no such file: " + json);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
