package dev.vtvsreactive.cli;

import dev.vtvsreactive.bench.ChildProcess.Exited;
import dev.vtvsreactive.bench.ChildProcess.Killed;
import dev.vtvsreactive.bench.ChildProcess.NotStarted;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * One of the lesson's experiments in its own Python: a script of {@code asyncio/} that prints its
 * JSON document on standard output, read back by the Java side's parser of that document
 * ({@code cpubound.py} → {@code CpuBoundReport}, {@code fanout.py} → {@code AsyncioFanOut}).
 *
 * @param <T> what the document is read into
 */
final class AsyncioExperiment<T> {

    /** What became of the experiment in one asyncio model. */
    sealed interface Outcome<T> {
    }

    /** It ran: {@code result} is what it printed. */
    record Ran<T>(T result) implements Outcome<T> {
    }

    /** The interpreter or the model's loop (uvloop) is missing, so it could not run. */
    record Skipped<T>(String why) implements Outcome<T> {
    }

    /** It ran and failed, or printed no document. */
    record Failed<T>(String why) implements Outcome<T> {
    }

    /** Reads a script's document; an {@link IllegalArgumentException} names the source and what is wrong. */
    @FunctionalInterface
    interface Parser<T> {
        T parse(Path source, byte[] json);
    }

    /** How argparse words the scripts' usage errors, the unimportable loop among them. */
    private static final String USAGE_ERROR = "error: ";
    private static final String NOT_IMPORTABLE = "is not importable";

    private final AsyncioScripts scripts;
    private final String script;
    private final Parser<T> parser;
    private final Optional<String> unavailable;

    /** Asks the interpreter once whether it can run the scripts; if not, every run is skipped with the reason. */
    AsyncioExperiment(AsyncioScripts scripts, String script, Parser<T> parser) {
        this.scripts = scripts;
        this.script = script;
        this.parser = parser;
        this.unavailable = scripts.unavailable();
    }

    /** The script's file name in {@code asyncio/}, e.g. {@code fanout.py}. */
    String script() {
        return script;
    }

    /** Runs the script with {@code arguments}, killing it past {@code ideal} plus the scripts' slack. */
    Outcome<T> run(List<String> arguments, Duration ideal) {
        if (unavailable.isPresent()) {
            return new Skipped<>(unavailable.get());
        }
        return switch (scripts.run(script, arguments, ideal)) {
            case Exited(int status, String out, String err) when status == 0 -> read(out);
            case Exited(int status, String out, String err) when status == 2 && err.contains(NOT_IMPORTABLE) ->
                    new Skipped<>(reason(err));
            case Exited(int status, String out, String err) ->
                    new Failed<>(script + " exited with status " + status + AsyncioScripts.saying(err));
            case Killed killed -> new Failed<>(killed.describeWithPid(script));
            case NotStarted(String reason) -> new Failed<>("cannot start " + scripts.python() + ": " + reason);
        };
    }

    private Outcome<T> read(String out) {
        try {
            return new Ran<>(parser.parse(scripts.folder().resolve(script), out.getBytes(StandardCharsets.UTF_8)));
        } catch (IllegalArgumentException e) {
            return new Failed<>(e.getMessage());
        }
    }

    /** argparse's line {@code cpubound.py: error: uvloop is not importable (...)}, without its prefix. */
    private static String reason(String err) {
        String line = err.lines().filter(text -> text.contains(NOT_IMPORTABLE)).findFirst().orElse(err).strip();
        int error = line.indexOf(USAGE_ERROR);
        return error < 0 ? line : line.substring(error + USAGE_ERROR.length());
    }
}
