package dev.vtvsreactive.cli;

import dev.vtvsreactive.bench.ExperimentModels;
import dev.vtvsreactive.bench.context.ContextPropagationConsole;
import dev.vtvsreactive.bench.context.ContextPropagationExperiment;
import dev.vtvsreactive.bench.context.ContextPropagationReport;
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

@Command(name = "context-propagation", mixinStandardHelpOptions = true, versionProvider = Compare.Version.class,
        sortOptions = false,
        description = """
                Does a request id reach every log line? Serves many requests at once, each on a thread of its own \
                with its id in the SLF4J MDC (every tenth with none), each running the lesson's gather and then its \
                HTTP example in one model, and reads back from Logback which lines carried which id: a gather \
                task's start, its continuation after the delay, each GET's response handling. Per model, without \
                propagation and with its own: virtual threads (the MDC copied into each thread; a ScopedValue bound \
                again in each), Reactor (automatic context propagation, context-propagation's MDC accessor), RxJava \
                (a schedule handler), CompletableFuture (an executor capturing the request's MDC).""",
        footerHeading = "%nExamples:%n",
        footer = {
            "  ./compare context-propagation",
            "  ./compare context-propagation --model rxjava --requests 10_000",
            "  ./compare context-propagation --json > context-propagation.json",
            "  ./compare context-propagation --save runs/context-propagation.json"
        })
final class ContextPropagationCommand extends ExperimentCommand {

    @Option(names = "--model", paramLabel = "NAME", converter = ModelName.class,
            description = "A model to probe, repeatable: virtual-threads, reactor, rxjava, completable-future "
                    + "(default: all four, in that order).")
    List<String> models = new ArrayList<>();

    @Option(names = "--requests", paramLabel = "N", converter = Converters.Count.class,
            description = "How many requests are served at once, 1 to " + ContextPropagationExperiment.MAX_REQUESTS
                    + "; 10_000 style allowed (default ${DEFAULT-VALUE}).")
    int requests = 1_000;

    ContextPropagationCommand() {
        super(ContextPropagationCommand::noAsyncio);
    }

    @Override
    public Integer call() throws IOException {
        if (requests < 1 || requests > ContextPropagationExperiment.MAX_REQUESTS) {
            throw new ParameterException(spec.commandLine(), "--requests must be from 1 to "
                    + ContextPropagationExperiment.MAX_REQUESTS + ", was " + requests);
        }
        checkSaveFolder();
        List<String> chosen = Chosen.of(models).java();
        PrintWriter out = spec.commandLine().getOut();
        // Progress goes where it does not mix with the JSON document.
        PrintWriter progress = json ? spec.commandLine().getErr() : out;
        progress.printf("Serving %,d requests at once in %s, with each way of carrying their ids...%n", requests,
                String.join(", ", chosen));
        progress.flush();
        ContextPropagationReport report = ContextPropagationExperiment.run(chosen, requests, line -> {
            progress.println("  " + line);
            progress.flush();
        });
        if (save != null) {
            Files.writeString(save, report.toJson() + "\n");
        }
        out.print(json ? report.toJson() + "\n" : "\n" + ContextPropagationConsole.render(report));
        out.flush();
        return report.failed().isEmpty() ? CommandLine.ExitCode.OK : CommandLine.ExitCode.SOFTWARE;
    }

    /** The probe has no asyncio model ({@code --model} accepts none), so the lesson's Python is never asked for. */
    private static AsyncioScripts noAsyncio() {
        throw new IllegalStateException("context-propagation runs no asyncio model");
    }

    /** {@code --model}: a Java model, each of which has its ways of carrying a request id. */
    static final class ModelName implements ITypeConverter<String> {
        @Override
        public String convert(String name) {
            return ModelNames.accept(name, ExperimentModels.available(), "no context-propagation probe for model '" + name + "'",
                    "models that have one");
        }
    }
}
