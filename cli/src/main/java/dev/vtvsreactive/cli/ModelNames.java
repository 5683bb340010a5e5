package dev.vtvsreactive.cli;

import dev.vtvsreactive.lesson.LessonModels;
import java.util.List;
import java.util.stream.Stream;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The names {@code --model} accepts: the suite's four models, plus any labelled variant a model
 * module registers (such as {@code reactor-jdk-http}) and the lesson's own Python code
 * ({@code asyncio}, {@code asyncio-uvloop}), which run only when named.
 */
final class ModelNames {

    private ModelNames() {
    }

    /** The models a comparison runs when none is named: the suite's four, in its order. */
    static List<String> defaults() {
        return LessonModels.available().stream().filter(LessonModels.ORDER::contains).toList();
    }

    /**
     * {@code name} when {@code known} holds it; otherwise a usage error saying {@code unknown}, then
     * the {@code knownLabel}: the known names.
     */
    static String accept(String name, List<String> known, String unknown, String knownLabel) {
        if (!known.contains(name)) {
            throw new TypeConversionException(unknown + "; " + knownLabel + ": "
                    + (known.isEmpty() ? "none (no model module is on the class path)" : String.join(", ", known)));
        }
        return name;
    }

    /** Accepts a model on the class path or an asyncio model; anything else is a usage error listing the known ones. */
    static final class Converter implements ITypeConverter<String> {
        @Override
        public String convert(String name) {
            List<String> known = Stream.concat(LessonModels.available().stream(), AsyncioScripts.models().stream()).toList();
            return accept(name, known, "unknown model '" + name + "'", "known models");
        }
    }
}
