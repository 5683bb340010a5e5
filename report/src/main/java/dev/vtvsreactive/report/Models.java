package dev.vtvsreactive.report;

import dev.vtvsreactive.lesson.LessonModels;
import dev.vtvsreactive.lesson.Model;
import dev.vtvsreactive.lesson.ModelId;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How the report names and orders the {@code model} values of the benchmarks: the suite's models in
 * {@link Model} order, then the labelled variants, then the asyncio baseline ({@code asyncio},
 * {@code asyncio-uvloop}), then anything else by name.
 *
 * <p>A name a model module on the class path knows is its {@link ModelId}, label included
 * ({@code reactor (JDK HttpClient)}). A name none knows, from results measured by other code (such as
 * {@code virtual-threads-pinned}), is read as {@code <model>-<what differs>}.
 */
final class Models {

    /** The asyncio baseline's model on the standard event loop; its others are {@code asyncio-<what differs>}. */
    static final String ASYNCIO = "asyncio";

    /** Suite order first, variants next in the order of their model, then asyncio's, then unknown names alphabetically. */
    static final Comparator<String> ORDER = Comparator
            .comparingInt(Models::group)
            .thenComparingInt(name -> id(name).map(id -> id.model().ordinal()).orElse(Integer.MAX_VALUE))
            .thenComparing(Comparator.naturalOrder());

    /** Every name asked about, with its identity: the model modules are looked up once per name, not per comparison. */
    private static final Map<String, Optional<ModelId>> IDS = new ConcurrentHashMap<>();

    private Models() {
    }

    private static int group(String name) {
        Optional<ModelId> id = id(name);
        if (id.isPresent()) {
            return id.get().isVariant() ? 1 : 0;
        }
        return isAsyncio(name) ? 2 : 3;
    }

    /**
     * The model or variant {@code name} stands for: the one a model module on the class path names
     * so, else the variant its suffix says ({@code virtual-threads-pinned}); empty for the asyncio
     * baseline's names and for unknown ones.
     */
    static Optional<ModelId> id(String name) {
        return IDS.computeIfAbsent(name, key -> LessonModels.find(key).or(() -> variantBySuffix(key)));
    }

    /** {@code <model>-<what differs>} as a variant of the model, the suffix describing it. */
    private static Optional<ModelId> variantBySuffix(String name) {
        return Arrays.stream(Model.values())
                .filter(model -> name.startsWith(model.key() + "-") && name.length() > model.key().length() + 1)
                .findFirst()
                .map(model -> {
                    String suffix = name.substring(model.key().length() + 1);
                    return ModelId.variant(model, suffix, suffix);
                });
    }

    /** Whether {@code name} is the asyncio baseline's: Python, measured beside the Java models, never one of them. */
    static boolean isAsyncio(String name) {
        return name.equals(ASYNCIO) || name.startsWith(ASYNCIO + "-");
    }

    /** Whether {@code name} is a variant of a suite model rather than the model as the suite ships it. */
    static boolean isVariant(String name) {
        return id(name).filter(ModelId::isVariant).isPresent();
    }

    /** The name shown for {@code name}: its {@link ModelId#label()}, e.g. {@code reactor (JDK HttpClient)}; others as they are. */
    static String label(String name) {
        return id(name).map(ModelId::label).orElse(name);
    }
}
