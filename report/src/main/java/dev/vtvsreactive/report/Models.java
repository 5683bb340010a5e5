package dev.vtvsreactive.report;

import dev.vtvsreactive.lesson.LessonModels;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;

/**
 * How the report names and orders the {@code model} values of the benchmarks: the suite's models in
 * {@link LessonModels#ORDER}, then the labelled variants ({@code <model>-<what differs>}, e.g.
 * {@code reactor-jdk-http}), then the asyncio baseline ({@code asyncio}, {@code asyncio-uvloop}), then
 * anything else by name.
 */
final class Models {

    /** Variants whose suffix alone would not say what differs. */
    private static final Map<String, String> VARIANT_LABELS = Map.of(
            "reactor-jdk-http", "reactor (JDK HttpClient)");

    /** The asyncio baseline's model on the standard event loop; its others are {@code asyncio-<what differs>}. */
    static final String ASYNCIO = "asyncio";

    /** Suite order first, variants next in the order of their model, then asyncio's, then unknown names alphabetically. */
    static final Comparator<String> ORDER = Comparator
            .comparingInt(Models::group)
            .thenComparingInt(model -> LessonModels.ORDER.indexOf(variantOf(model).orElse(model)))
            .thenComparing(Comparator.naturalOrder());

    private Models() {
    }

    private static int group(String model) {
        if (LessonModels.ORDER.contains(model)) {
            return 0;
        }
        if (isVariant(model)) {
            return 1;
        }
        return isAsyncio(model) ? 2 : 3;
    }

    /** Whether {@code model} is the asyncio baseline's: Python, measured beside the Java models, never one of them. */
    static boolean isAsyncio(String model) {
        return model.equals(ASYNCIO) || model.startsWith(ASYNCIO + "-");
    }

    /** The suite model that {@code model} is a variant of; empty for a suite model or an unknown name. */
    static Optional<String> variantOf(String model) {
        return LessonModels.ORDER.stream()
                .filter(base -> model.startsWith(base + "-") && model.length() > base.length() + 1)
                .findFirst();
    }

    /** Whether {@code model} is a variant of a suite model rather than the model as the suite ships it. */
    static boolean isVariant(String model) {
        return variantOf(model).isPresent();
    }

    /** The name shown for {@code model}: variants read {@code reactor (JDK HttpClient)}, others as they are. */
    static String label(String model) {
        String known = VARIANT_LABELS.get(model);
        if (known != null) {
            return known;
        }
        return variantOf(model)
                .map(base -> base + " (" + model.substring(base.length() + 1) + ")")
                .orElse(model);
    }
}
