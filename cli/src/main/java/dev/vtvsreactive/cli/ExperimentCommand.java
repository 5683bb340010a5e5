package dev.vtvsreactive.cli;

import dev.vtvsreactive.bench.ExperimentModels;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.Stream;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * What the experiment commands ({@code cpu-bound}, {@code fanout}) share: the models to run, every
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
                    + " experiment keeps them apart); put beside JMH's results.json under the name the examples show,"
                    + " it adds a section to the report.")
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
