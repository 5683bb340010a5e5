package dev.vtvsreactive.cli;

import dev.vtvsreactive.stub.StubCommand;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * {@code ./compare}: the asyncio lesson's scenarios run in each concurrency model side by side,
 * the CPU-bound experiment, the stand-in server, the benchmarks and their report.
 *
 * <p>Exit codes: 0 success, 1 a scenario or command failed, 2 bad usage, {@value #NOTHING_RAN}
 * nothing ran: every model asked for was skipped (asyncio where Python 3.11+ or a package is missing).
 */
@Command(name = "compare", mixinStandardHelpOptions = true, versionProvider = Compare.Version.class,
        description = {
            "Runs the asyncio lesson's scenarios in each concurrency model, one model",
            "after another, and compares their wall times with the ideal: virtual",
            "threads, Reactor, RxJava and CompletableFuture; with --model asyncio, the",
            "lesson's own Python code too (python3 or $ASYNCIO_PYTHON, 3.11+)."
        },
        synopsisSubcommandLabel = "(greet | fetch | gather | http | all | cpu-bound | fanout | load | stack-traces"
                + " | thread-dumps | context-propagation | stub | bench | report | asyncio-baseline)",
        footerHeading = "%nExamples:%n",
        footer = {
            "  ./compare gather                      # gather in the four models",
            "  ./compare all --scale 0.1             # every scenario, delays cut tenfold",
            "  ./compare http --model reactor --model rxjava",
            "  ./compare gather --model virtual-threads --model asyncio",
            "  ./compare gather --scale 0.01 --json  # machine-readable",
            "  ./compare cpu-bound                   # the quiz: CPU work on the loop",
            "  ./compare cpu-bound --model reactor --model asyncio",
            "  ./compare fanout --n 100000           # 100k concurrent waits per model",
            "  ./compare load --rates 500,2000       # GETs on a fixed schedule: latency percentiles",
            "  ./compare stack-traces                # what a failure's trace names, debug aids off and on",
            "  ./compare thread-dumps                # 10,000 waiting tasks: which a thread dump shows",
            "  ./compare context-propagation         # 1,000 requests: which log lines get their request id",
            "  ./compare bench -rf json -rff results.json",
            "  ./compare report results.json",
            "  ./compare asyncio-baseline --out-dir . -- --quick",
            "",
            "Exit status: 0 success, 1 a run failed, 2 bad usage, 3 nothing ran (every",
            "model asked for was skipped, e.g. asyncio without Python 3.11+)."
        })
public final class Compare {

    /** The exit status when every run was skipped: nothing failed, but nothing was compared either. */
    static final int NOTHING_RAN = 3;

    private Compare() {
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The whole command tree, ready to {@link CommandLine#execute execute}; tests swap its out and err. */
    public static CommandLine commandLine() {
        return commandLine(AsyncioScripts::locate);
    }

    /**
     * The command tree, running the asyncio models with {@code asyncioScripts}, which is asked for
     * only when one is to run.
     */
    static CommandLine commandLine(Supplier<AsyncioScripts> asyncioScripts) {
        CommandLine root = new CommandLine(new Compare());
        for (Scenario scenario : Scenario.values()) {
            root.addSubcommand(scenario.label(),
                    ScenarioCommand.commandLine(List.of(scenario), scenario.description(), scenario.examples(), asyncioScripts));
        }
        root.addSubcommand("all", ScenarioCommand.commandLine(List.of(Scenario.values()),
                "Runs greet, fetch, gather and http, each in every model before the next scenario.",
                List.of("  ./compare all --scale 0.1", "  ./compare all --scale 0.01 --json > runs.json",
                        "  ./compare all --scale 0.1 --model reactor --model asyncio"),
                asyncioScripts));
        root.addSubcommand(new CpuBoundCommand(asyncioScripts));
        root.addSubcommand(new FanOutCommand(asyncioScripts));
        root.addSubcommand(new LoadCommand(asyncioScripts));
        root.addSubcommand(new StackTracesCommand());
        root.addSubcommand(new ThreadDumpsCommand());
        root.addSubcommand(new ContextPropagationCommand());
        root.addSubcommand(new StubCommand());
        root.addSubcommand(new CommandLine(new BenchCommand())
                // Everything after "bench" is JMH's, options included, even @-prefixed words.
                .setUnmatchedOptionsArePositionalParams(true)
                .setStopAtPositional(true)
                .setExpandAtFiles(false));
        root.addSubcommand(new ReportCommand());
        root.addSubcommand(new AsyncioBaselineCommand(asyncioScripts));
        return root.setExecutionExceptionHandler(new OneLineFailure())
                .setParameterExceptionHandler(new UsageError());
    }

    /**
     * Picocli's usage error (the reason, then suggestions or the usage), except that a word where a
     * scenario belongs is called what it is: an unknown scenario.
     */
    private static final class UsageError implements IParameterExceptionHandler {
        @Override
        public int handleParseException(ParameterException error, String[] args) {
            CommandLine command = error.getCommandLine();
            PrintWriter err = command.getErr();
            err.println(unknownCommand(error)
                    .map(word -> "unknown scenario or command '" + word + "'; known: "
                            + String.join(", ", command.getSubcommands().keySet()))
                    .orElse(error.getMessage()));
            if (!UnmatchedArgumentException.printSuggestions(error, err)) {
                command.usage(err);
            }
            err.flush();
            return command.getCommandSpec().exitCodeOnInvalidInput();
        }

        private static Optional<String> unknownCommand(ParameterException error) {
            if (error instanceof UnmatchedArgumentException unmatched && error.getCommandLine().getParent() == null) {
                return unmatched.getUnmatched().stream().findFirst().filter(word -> !word.startsWith("-"));
            }
            return Optional.empty();
        }
    }

    /**
     * A command that failed outside the scenarios' own reporting (a port in use, an unreadable
     * file) says why on one line, and with {@code --verbose} shows the stack trace.
     */
    private static final class OneLineFailure implements IExecutionExceptionHandler {
        @Override
        public int handleExecutionException(Exception failure, CommandLine command, CommandLine.ParseResult parsed) {
            command.getErr().println("compare " + command.getCommandName() + ": "
                    + (failure.getMessage() == null ? failure.getClass().getName() : failure.getMessage()));
            OptionSpec verbose = command.getCommandSpec().findOption(VerboseOption.NAME);
            if (verbose != null && Boolean.TRUE.equals(verbose.getValue())) {
                failure.printStackTrace(command.getErr());
            }
            command.getErr().flush();
            return CommandLine.ExitCode.SOFTWARE;
        }
    }

    /** The suite's version, from the packaged jar's Maven metadata, and the Java it runs on. */
    static final class Version implements IVersionProvider {
        private static final String POM_PROPERTIES = "/META-INF/maven/dev.vtvsreactive/bench/pom.properties";

        @Override
        public String[] getVersion() {
            return new String[] {
                "compare " + suiteVersion(),
                "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ", " + System.getProperty("java.home") + ")"
            };
        }

        private static String suiteVersion() {
            try (InputStream in = Compare.class.getResourceAsStream(POM_PROPERTIES)) {
                if (in == null) {
                    return "(unpackaged build: no " + POM_PROPERTIES + ")";
                }
                Properties properties = new Properties();
                properties.load(in);
                return properties.getProperty("version");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
