package dev.vtvsreactive.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import picocli.CommandLine;

/**
 * One in-process run of the CLI, as a user would see it: exit code, standard output and standard
 * error. Nothing calls {@code System.exit}.
 */
record CompareRun(int exitCode, String out, String err) {

    static CompareRun of(String... args) {
        return run(Compare.commandLine(), args);
    }

    /** A run whose asyncio models use {@code scripts}: a fake interpreter or fake scripts, in tests. */
    static CompareRun with(AsyncioScripts scripts, String... args) {
        return run(Compare.commandLine(() -> scripts), args);
    }

    private static CompareRun run(CommandLine commandLine, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = commandLine
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true))
                .execute(args);
        return new CompareRun(exitCode, out.toString(), err.toString());
    }

    List<String> outLines() {
        return out.lines().toList();
    }

    List<String> errLines() {
        return err.lines().toList();
    }
}
