package dev.vtvsreactive.cli;

import dev.vtvsreactive.lesson.TimeScale;
import dev.vtvsreactive.lesson.http.HttpTimeouts;
import dev.vtvsreactive.stub.JsonPlaceholderStub;
import dev.vtvsreactive.stub.StubCommand;
import java.io.PrintWriter;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code compare greet|fetch|gather|http|all}: runs scenarios in each model one after another and
 * compares their wall times with the ideal. Exits 0 when every run succeeded or was skipped, 1 when
 * one failed, {@value Compare#NOTHING_RAN} when every run was skipped (asyncio alone, without Python
 * 3.11+).
 */
@Command(mixinStandardHelpOptions = true, versionProvider = Compare.Version.class, sortOptions = false)
final class ScenarioCommand implements Callable<Integer> {

    /** {@code --scale}: only the commands whose scenarios have lesson delays take it. */
    static final class ScaleOption {
        @Option(names = "--scale", paramLabel = "S", converter = Converters.Scale.class,
                description = "Factor on every lesson delay (default 1, the lesson's own): 0.01 turns 3 s into 30 ms.")
        TimeScale scale = TimeScale.LESSON;
    }

    /** The embedded stub's options: only the commands that run the HTTP scenario have them. */
    static final class HttpOptions {
        @Option(names = "--base-url", paramLabel = "URL", converter = Converters.BaseUrl.class,
                description = "A jsonplaceholder-compatible server to GET posts/1 and comments/1 from, "
                        + "such as the real one. Default: the embedded stub, started on a free port "
                        + "and stopped after the runs.")
        URI baseUrl;

        @Option(names = "--delay-ms", paramLabel = "N",
                description = "The embedded stub's latency per request in ms (default 0): the ideal time of http.")
        Long delayMillis;

        @Option(names = "--timeout", paramLabel = "DURATION", converter = Converters.Timeout.class,
                description = "How long each GET may wait for its answer, such as 2s or 500ms (default 30s); connecting"
                        + " may take at most 5 s of it. A server that never answers fails every model within it.")
        Duration timeout;

        HttpTimeouts timeouts() {
            return timeout == null ? HttpTimeouts.DEFAULT : HttpTimeouts.answeringWithin(timeout);
        }
    }

    @Spec
    CommandSpec spec;

    @Option(names = "--model", paramLabel = "NAME", converter = ModelNames.Converter.class,
            description = "A model to run, repeatable: virtual-threads, reactor, rxjava, completable-future, "
                    + "a labelled variant such as reactor-jdk-http, or the lesson's own Python: asyncio, "
                    + "asyncio-uvloop (python3 or $ASYNCIO_PYTHON, 3.11+; skipped with the reason where "
                    + "missing). Default: the four Java models, in that order.")
    List<String> models = new ArrayList<>();

    @Option(names = "--json", description = "Print one JSON document with every run, its lines and result, and nothing else.")
    boolean json;

    @Mixin
    VerboseOption verbose;

    private final List<Scenario> scenarios;
    private final Supplier<AsyncioScripts> asyncioScripts;
    private final ScaleOption scaleOption = new ScaleOption();
    private final HttpOptions httpOptions = new HttpOptions();

    private ScenarioCommand(List<Scenario> scenarios, Supplier<AsyncioScripts> asyncioScripts) {
        this.scenarios = scenarios;
        this.asyncioScripts = asyncioScripts;
    }

    /**
     * The command that runs {@code scenarios}, with {@code --scale} when one of them has lesson
     * delays and the HTTP options when one of them needs a server.
     *
     * @param asyncioScripts the lesson's Python code, asked for only when an asyncio model is to run
     */
    static CommandLine commandLine(List<Scenario> scenarios, String description, List<String> examples,
                                   Supplier<AsyncioScripts> asyncioScripts) {
        ScenarioCommand command = new ScenarioCommand(scenarios, asyncioScripts);
        CommandLine commandLine = new CommandLine(command);
        CommandSpec spec = commandLine.getCommandSpec();
        if (scenarios.stream().anyMatch(Scenario::hasLessonDelays)) {
            spec.addMixin("scale", CommandSpec.forAnnotatedObject(command.scaleOption));
        }
        if (Scenario.needHttp(scenarios)) {
            spec.addMixin("http", CommandSpec.forAnnotatedObject(command.httpOptions));
        }
        spec.usageMessage()
                .description(description)
                .footerHeading("%nExamples:%n")
                .footer(examples.toArray(String[]::new));
        return commandLine;
    }

    @Override
    public Integer call() {
        List<String> chosen = chosenModels();
        // Found before any run, so that a missing asyncio/ folder stops the command at once.
        Optional<AsyncioLesson> asyncio = chosen.stream().anyMatch(AsyncioScripts::isModel)
                ? Optional.of(new AsyncioLesson(asyncioScripts.get()))
                : Optional.empty();
        if (!Scenario.needHttp(scenarios)) {
            return compare(chosen, Optional.empty(), asyncio);
        }
        if (httpOptions.baseUrl != null) {
            if (httpOptions.delayMillis != null) {
                throw new ParameterException(spec.commandLine(),
                        "--delay-ms sets the embedded stub's latency, so it cannot go with --base-url");
            }
            return compare(chosen, Optional.of(HttpServerTarget.external(httpOptions.baseUrl, httpOptions.timeouts())), asyncio);
        }
        Duration latency = Duration.ofMillis(httpOptions.delayMillis == null ? 0 : httpOptions.delayMillis);
        try (JsonPlaceholderStub stub = StubCommand.start(spec, 0, latency)) {
            return compare(chosen, Optional.of(HttpServerTarget.stub(stub.baseUrl(), latency, httpOptions.timeouts())), asyncio);
        }
    }

    private List<String> chosenModels() {
        List<String> chosen = models.isEmpty() ? ModelNames.defaults() : models.stream().distinct().toList();
        if (chosen.isEmpty()) {
            throw new IllegalStateException("no concurrency model on the class path; build the suite with ./mvnw package");
        }
        return chosen;
    }

    private int compare(List<String> chosen, Optional<HttpServerTarget> server, Optional<AsyncioLesson> asyncio) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ConsoleReport console = new ConsoleReport(out, chosen);
        Comparison.Listener listener = json ? (model, event) -> { } : console;
        List<RunResult> results = new Comparison(scaleOption.scale, server, listener, asyncio).run(scenarios, chosen);
        if (json) {
            JsonReport.write(out, scaleOption.scale, server, results);
        } else {
            console.table(results);
        }
        for (RunResult run : results) {
            run.skip().ifPresent(why -> err.println("compare: " + run.model() + " skipped " + run.scenario().label() + ": " + why));
        }
        List<RunResult> failed = results.stream().filter(RunResult::failed).toList();
        for (RunResult run : failed) {
            err.println("compare: " + run.model() + " failed " + run.scenario().label() + ": " + run.reason().orElseThrow());
            if (verbose.enabled()) {
                run.failure().orElseThrow().printStackTrace(err);
            }
        }
        err.flush();
        if (!failed.isEmpty()) {
            return CommandLine.ExitCode.SOFTWARE;
        }
        return results.stream().allMatch(RunResult::wasSkipped) ? Compare.NOTHING_RAN : CommandLine.ExitCode.OK;
    }
}
