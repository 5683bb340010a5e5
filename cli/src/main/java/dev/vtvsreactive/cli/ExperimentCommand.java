package dev.vtvsreactive.cli;

import dev.vtvsreactive.bench.ExperimentModels;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * What the experiment commands ({@code cpu-bound}, {@code fanout}, {@code load}) share: the models to run, every
 * Java model having both experiments, split between the Java ones and the lesson's own Python,
 * whose scripts are looked for only when an asyncio model is to run; {@code --json}; and a
 * {@code --save} file whose folder is checked before anything runs.
 */
abstract class ExperimentCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    VerboseOption verbose;

    @Option(names = "--json", description = "Print the experiment's JSON document, and nothing else.")
    boolean json;

    @Option(names = "--save", paramLabel = "FILE",
            description = "Also write the experiment's JSON document to FILE (and asyncio's runs beside it where the"
                    + " experiment keeps them apart); cpu-bound's, fanout's and load's, put beside JMH's results.json"
                    + " under the name their examples show, add a section to the report.")
    Path save;

    private final Supplier<AsyncioScripts> asyncioScripts;

    /** @param asyncioScripts the lesson's Python code, asked for only when an asyncio model is to run */
    ExperimentCommand(Supplier<AsyncioScripts> asyncioScripts) {
        this.asyncioScripts = asyncioScripts;
    }

    /**
     * The models to run, each once, in the order named, or every Java model when none is named.
     *
     * @param all     every one of them
     * @param java    the Java models among them, run by the experiment in this JVM's children
     * @param asyncio the asyncio ones, run by the lesson's own Python
     */
    record Chosen(List<String> all, List<String> java, List<String> asyncio) {

        static Chosen of(List<String> named) {
            List<String> all = named.isEmpty() ? ExperimentModels.available() : named.stream().distinct().toList();
            return new Chosen(all, all.stream().filter(model -> !AsyncioScripts.isModel(model)).toList(),
                    all.stream().filter(AsyncioScripts::isModel).toList());
        }
    }

    /**
     * {@code --model}: a Java model or an asyncio one; anything else is a usage error saying that
     * there is no such {@code experiment} for it, and naming the models that have one.
     */
    abstract static class ModelConverter implements ITypeConverter<String> {

        private final String experiment;

        /** @param experiment the experiment as the usage error names it, e.g. {@code fan-out} */
        ModelConverter(String experiment) {
            this.experiment = experiment;
        }

        @Override
        public String convert(String name) {
            List<String> known = Stream.concat(ExperimentModels.available().stream(), AsyncioScripts.models().stream()).toList();
            return ModelNames.accept(name, known, "no " + experiment + " for model '" + name + "'", "models that have one");
        }
    }

    /** The lesson's Python scripts: looked for now, so that a missing {@code asyncio/} folder stops the command at once. */
    AsyncioScripts asyncioScripts() {
        return asyncioScripts.get();
    }

    /** The experiment of {@code script}, looked for now, where {@code chosen} names an asyncio model. */
    <A> Optional<AsyncioExperiment<A>> asyncioExperiment(Chosen chosen, String script, AsyncioExperiment.Parser<A> parser) {
        return chosen.asyncio().isEmpty() ? Optional.empty() : Optional.of(new AsyncioExperiment<>(asyncioScripts(), script, parser));
    }

    /**
     * What the asyncio models of an experiment gave.
     *
     * @param runs   their runs, merged in the order the models were named; empty when none ran
     * @param failed whether one of them failed
     */
    record AsyncioSide<A>(Optional<A> runs, boolean failed) {
    }

    /**
     * Runs {@code asyncio}'s script for each asyncio model of {@code models}, saying so on standard
     * output, and each skip or failure on standard error, in the words {@code compare: asyncio
     * skipped fanout: why}.
     *
     * @param experiment the experiment as those lines name it, e.g. {@code fanout}
     * @param plan       what the script is asked to run, as the lines say it, e.g. {@code at N = 1000}
     * @param arguments  the script's arguments for a model
     * @param merge      the runs so far, then a later model's
     */
    <A> AsyncioSide<A> runAsyncio(List<String> models, AsyncioExperiment<A> asyncio, String experiment, String plan,
                                  Function<String, List<String>> arguments, Duration expected, BinaryOperator<A> merge) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<A> runs = Optional.empty();
        boolean failed = false;
        for (String model : models) {
            out.println("Running " + model + " (asyncio/" + asyncio.script() + ") " + plan + "...");
            out.flush();
            switch (asyncio.run(arguments.apply(model), expected)) {
                case AsyncioExperiment.Ran<A>(A ran) -> runs = Optional.of(runs.map(earlier -> merge.apply(earlier, ran)).orElse(ran));
                case AsyncioExperiment.Skipped<A>(String why) -> err.println("compare: " + model + " skipped " + experiment + ": " + why);
                case AsyncioExperiment.Failed<A>(String why) -> {
                    err.println("compare: " + model + " failed " + experiment + ": " + why);
                    failed = true;
                }
            }
        }
        err.flush();
        return new AsyncioSide<>(runs, failed);
    }

    /**
     * Ends an experiment with a Java side and an asyncio one: with {@code --save}, writes each
     * side's document (the asyncio side's to {@code asyncioFile} beside it), deleting what an
     * earlier run left where a side did not run, so that the report never takes it for this run's;
     * prints the Java side's document with {@code --json}, else {@code console}; and returns the
     * exit code: a failure on either side, else whether anything ran.
     */
    <J, A> int finish(Optional<J> java, boolean javaFailed, AsyncioSide<A> asyncio, Function<J, String> javaJson,
                      String asyncioFile, Function<A, String> asyncioJson, Supplier<String> console) throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (save != null) {
            write(save, java.map(javaJson));
            write(save.resolveSibling(asyncioFile), asyncio.runs().map(asyncioJson));
        }
        if (java.isPresent() || asyncio.runs().isPresent()) {
            out.print(json ? javaJson.apply(java.orElseThrow()) + "\n" : "\n" + console.get());
            out.flush();
        }
        if (javaFailed || asyncio.failed()) {
            return CommandLine.ExitCode.SOFTWARE;
        }
        return java.isEmpty() && asyncio.runs().isEmpty() ? Compare.NOTHING_RAN : CommandLine.ExitCode.OK;
    }

    /** Writes {@code json} to {@code file}, or deletes what an earlier run left there when there is none. */
    private static void write(Path file, Optional<String> json) throws IOException {
        if (json.isPresent()) {
            Files.writeString(file, json.get() + "\n");
        } else {
            Files.deleteIfExists(file);
        }
    }

    /**
     * Refuses {@code --json} with an asyncio model: the JSON document is the Java sweep's; asyncio's
     * runs are saved with {@code --save}, to {@code asyncioFile} beside it.
     */
    void checkJsonIsJavaOnly(Chosen chosen, String asyncioFile) {
        if (json && !chosen.asyncio().isEmpty()) {
            throw new ParameterException(spec.commandLine(), "--json prints the Java sweep's document only;"
                    + " save asyncio's runs with --save (they go to " + asyncioFile + " beside it)");
        }
    }

    /**
     * Accepts {@code --save}, where given, if its folder exists.
     *
     * @throws ParameterException naming the file and the missing folder
     */
    void checkSaveFolder() {
        Path folder = save == null ? null : save.toAbsolutePath().getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            throw new ParameterException(spec.commandLine(), "cannot save to " + save + ": no such folder " + folder);
        }
    }
}
