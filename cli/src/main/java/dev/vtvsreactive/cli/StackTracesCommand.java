package dev.vtvsreactive.cli;

import dev.vtvsreactive.bench.ExperimentModels;
import dev.vtvsreactive.bench.traces.StackTracesConsole;
import dev.vtvsreactive.bench.traces.StackTracesExperiment;
import dev.vtvsreactive.bench.traces.StackTracesReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;

/**
 * {@code compare stack-traces}: what each model hands its caller when concurrent work fails, with its
 * debug aids off and on. Runs {@link StackTracesExperiment} for the chosen models and prints the
 * table of what was caught (lines and frames of the trace, the suite's own frames, whether it names
 * the method that started the work and the caller's), then the trimmed traces side by side; or,
 * with {@code --json}, the probe's JSON document only. Exit 1 when an aid could not be run.
 */
@Command(name = "stack-traces", mixinStandardHelpOptions = true, versionProvider = Compare.Version.class, sortOptions = false,
        description = """
                What each model hands its caller when concurrent work fails, with its debug aids off and on: the \
                lesson's gather with job B failing, and its HTTP example with comments/1 answered 500, each called \
                by plain code on a virtual thread and waited for with the model's own blocking API (Mono.block(), \
                Single.blockingGet(), CompletableFuture.join(), a plain call). Prints per model and aid what was \
                caught, the lines and frames of its trace and how many are the suite's own, whether it names the \
                method that started the work and the caller's, then the trimmed traces side by side. Aids: \
                Reactor's checkpoint, Hooks.onOperatorDebug() and debug agent (in a JVM of its own), RxJava's \
                assembly tracking; CompletableFuture has none; virtual threads' StructuredTaskScope is a preview \
                API, probed by the module's tests.""",
        footerHeading = "%nExamples:%n",
        footer = {
            "  ./compare stack-traces",
            "  ./compare stack-traces --model reactor --model rxjava",
            "  ./compare stack-traces --json > stack-traces.json",
            "  ./compare stack-traces --save runs/stack-traces.json"
        })
final class StackTracesCommand extends ExperimentCommand {

    @Option(names = "--model", paramLabel = "NAME", converter = ModelName.class,
            description = "A model to probe, repeatable: virtual-threads, reactor, rxjava, completable-future "
                    + "(default: all four, in that order).")
    List<String> models = new ArrayList<>();

    StackTracesCommand() {
        super(StackTracesCommand::noAsyncio);
    }

    @Override
    public Integer call() throws IOException {
        checkSaveFolder();
        List<String> chosen = Chosen.of(models).java();
        PrintWriter out = spec.commandLine().getOut();
        // Progress goes where it does not mix with the JSON document.
        PrintWriter progress = json ? spec.commandLine().getErr() : out;
        progress.println("Calling each failing scenario in " + String.join(", ", chosen) + ", under each debug aid...");
        progress.flush();
        StackTracesReport report = StackTracesExperiment.run(chosen, line -> {
            progress.println("  " + line);
            progress.flush();
        });
        if (save != null) {
            Files.writeString(save, report.toJson() + "\n");
        }
        out.print(json ? report.toJson() + "\n" : "\n" + StackTracesConsole.render(report));
        out.flush();
        return report.failed().isEmpty() ? CommandLine.ExitCode.OK : CommandLine.ExitCode.SOFTWARE;
    }

    /** The probe has no asyncio model ({@code --model} accepts none), so the lesson's Python is never asked for. */
    private static AsyncioScripts noAsyncio() {
        throw new IllegalStateException("stack-traces runs no asyncio model");
    }

    /** {@code --model}: a Java model, each of which has the probe. */
    static final class ModelName implements ITypeConverter<String> {
        @Override
        public String convert(String name) {
            return ModelNames.accept(name, ExperimentModels.available(), "no stack-trace probe for model '" + name + "'",
                    "models that have one");
        }
    }
}
