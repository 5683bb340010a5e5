package dev.vtvsreactive.report;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Renders the report from the command line (the build's {@code verify} step runs it after JMH):
 *
 * <pre>{@code java -cp benchmarks.jar dev.vtvsreactive.report.ReportMain <results.json> <outDir> [--baseline <older.json>]}</pre>
 *
 * Prints the summary table and {@code Report: <path of index.html>}. Exits 2 with a one-line message
 * on bad usage or unreadable input, 1 when the report cannot be written.
 */
public final class ReportMain {

    static final int OK = 0;
    static final int WRITE_FAILED = 1;
    static final int BAD_INPUT = 2;

    private static final String USAGE = "usage: ReportMain <results.json> <outDir> [--baseline <older.json>]";
    private static final String BASELINE = "--baseline";

    private ReportMain() {
    }

    public static void main(String[] args) {
        // The summary prints ±, × and —: UTF-8 whatever the platform's default, never '?'.
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        int status = run(args, out, err);
        if (status != OK) {
            System.exit(status);
        }
    }

    /** Does what {@link #main} does and returns its exit status instead of exiting. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        List<String> positional = new ArrayList<>();
        Optional<Path> baselineFile = Optional.empty();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals(BASELINE)) {
                if (i + 1 >= args.length || baselineFile.isPresent()) {
                    return fail(err, BAD_INPUT, BASELINE + " needs exactly one file; " + USAGE);
                }
                baselineFile = Optional.of(Path.of(args[++i]));
            } else if (args[i].startsWith("-")) {
                return fail(err, BAD_INPUT, "unknown option " + args[i] + "; " + USAGE);
            } else {
                positional.add(args[i]);
            }
        }
        if (positional.size() != 2) {
            return fail(err, BAD_INPUT, "expected <results.json> and <outDir>, got " + positional.size() + " argument(s); " + USAGE);
        }
        BenchmarkReport report;
        Optional<BenchmarkReport> baseline;
        try {
            report = read(Path.of(positional.get(0)));
            baseline = baselineFile.isPresent() ? Optional.of(read(baselineFile.get())) : Optional.empty();
        } catch (IOException | IllegalArgumentException e) {
            return fail(err, BAD_INPUT, e.getMessage());
        }
        try {
            Path page = report.write(Path.of(positional.get(1)), baseline);
            out.print(report.summary());
            out.println("Report: " + page.toAbsolutePath().normalize());
            return OK;
        } catch (IOException | RuntimeException e) {
            return fail(err, WRITE_FAILED, "cannot write the report into " + positional.get(1) + ": " + e);
        }
    }

    private static BenchmarkReport read(Path file) throws IOException {
        if (!Files.isReadable(file)) {
            throw new IOException("cannot read " + file + ": no such readable file");
        }
        return BenchmarkReport.read(file);
    }

    private static int fail(PrintStream err, int status, String message) {
        err.println("report: " + message);
        return status;
    }
}
