package dev.vtvsreactive.cli;

import dev.vtvsreactive.bench.ExperimentModels;
import dev.vtvsreactive.bench.dumps.ThreadDumpsConsole;
import dev.vtvsreactive.bench.dumps.ThreadDumpsExperiment;
import dev.vtvsreactive.bench.dumps.ThreadDumpsReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code compare thread-dumps}: with N of the lesson's gathered tasks waiting, what a person finds in
 * a JDK 25 thread dump of each model. Runs {@link ThreadDumpsExperiment} for the chosen models, each
 * in a fresh JVM, and prints the table (threads in the dump, tasks found, whether frames name the
 * scenario, the dump's size and the time it took), the threads per container, an excerpt of each
 * dump and a finding per model; or, with {@code --json}, the experiment's JSON document only. Exit 1
 * when a model's dump could not be taken.
 */
@Command(name = "thread-dumps", mixinStandardHelpOptions = true, versionProvider = Compare.Version.class, sortOptions = false,
        description = "With N of the lesson's gathered tasks waiting, what can a person find in a JDK 25 thread dump?"
                + " Per model, in a fresh JVM, starts the model's own gather of N tasks that each wait "
                + ThreadDumpsExperiment.WAIT_SECONDS + " s, dumps the JVM's threads as JSON once every task waits (as"
                + " jcmd <pid> Thread.dump_to_file -format=json does), then cancels the gather. Prints per model the"
                + " threads in the dump (platform and virtual, per thread container), how many of the N tasks a"
                + " thread's stack shows waiting, whether any frame names the model's code, the dump's size and the"
                + " time taking it took, a few stacks from each dump, and a finding per model.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  ./compare thread-dumps",
            "  ./compare thread-dumps --model virtual-threads --model reactor --tasks 100000",
            "  ./compare thread-dumps --json > thread-dumps.json",
            "  ./compare thread-dumps --save runs/thread-dumps.json"
        })
final class ThreadDumpsCommand extends ExperimentCommand {

    @Option(names = "--model", paramLabel = "NAME", converter = ModelName.class,
            description = "A model to dump, repeatable: virtual-threads, reactor, rxjava, completable-future "
                    + "(default: all four, in that order).")
    List<String> models = new ArrayList<>();

    @Option(names = "--tasks", paramLabel = "N", converter = Converters.Count.class,
            description = "How many tasks wait while the dump is taken, 1 to " + ThreadDumpsExperiment.MAX_TASKS
                    + "; 10_000 style allowed (default ${DEFAULT-VALUE}).")
    int tasks = ThreadDumpsExperiment.DEFAULT_TASKS;

    ThreadDumpsCommand() {
        super(ThreadDumpsCommand::noAsyncio);
    }

    @Override
    public Integer call() throws IOException {
        checkTasks();
        checkSaveFolder();
        List<String> chosen = Chosen.of(models).java();
        PrintWriter out = spec.commandLine().getOut();
        // Progress goes where it does not mix with the JSON document.
        PrintWriter progress = json ? spec.commandLine().getErr() : out;
        progress.printf("Dumping the threads of %s, each in a fresh JVM with %,d tasks waiting...%n",
                String.join(", ", chosen), tasks);
        progress.flush();
        ThreadDumpsReport report = ThreadDumpsExperiment.run(chosen, tasks, line -> {
            progress.println("  " + line);
            progress.flush();
        });
        if (save != null) {
            Files.writeString(save, report.toJson() + "\n");
        }
        out.print(json ? report.toJson() + "\n" : "\n" + ThreadDumpsConsole.render(report));
        out.flush();
        return report.failed().isEmpty() ? CommandLine.ExitCode.OK : CommandLine.ExitCode.SOFTWARE;
    }

    /** {@code --tasks} within the experiment's range, or a usage error in its words. */
    private void checkTasks() {
        try {
            ThreadDumpsExperiment.checkTasks(tasks);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /** The experiment has no asyncio model ({@code --model} accepts none), so the lesson's Python is never asked for. */
    private static AsyncioScripts noAsyncio() {
        throw new IllegalStateException("thread-dumps runs no asyncio model");
    }

    /** {@code --model}: a Java model, each of which has a gather to dump. */
    static final class ModelName implements ITypeConverter<String> {
        @Override
        public String convert(String name) {
            return ModelNames.accept(name, ExperimentModels.available(), "no thread dump for model '" + name + "'",
                    "models that have one");
        }
    }
}
