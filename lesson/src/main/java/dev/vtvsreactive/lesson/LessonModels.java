package dev.vtvsreactive.lesson;

import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.stream.Stream;

/**
 * The models on the class path: every {@link ModelPlugin} that a model module registers, found once
 * and listed in the suite's order.
 */
public final class LessonModels {

    /** The suite's order: every table, chart and CLI run lists the models this way. */
    public static final List<String> ORDER = Arrays.stream(Model.values()).map(Model::key).toList();

    private LessonModels() {
    }

    /** The plugins on the class path, in the suite's order. */
    public static List<ModelPlugin> plugins() {
        return ServiceLoader.load(ModelPlugin.class).stream()
                .map(ServiceLoader.Provider::get)
                .sorted(Comparator.comparing(ModelPlugin::model))
                .toList();
    }

    /**
     * The plugin of the model named {@code key}.
     *
     * @throws IllegalArgumentException naming the unknown model and the known ones
     */
    public static ModelPlugin plugin(String key) {
        return plugins().stream()
                .filter(plugin -> plugin.model().key().equals(key))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown model '" + key + "'; known models: "
                        + String.join(", ", plugins().stream().map(plugin -> plugin.model().key()).toList())));
    }

    /** The lesson's ids on the class path: the four models in {@link #ORDER}, then their labelled variants. */
    public static List<ModelId> ids() {
        List<ModelId> ids = plugins().stream().flatMap(plugin -> plugin.lessonIds().stream()).toList();
        return Stream.concat(ids.stream().filter(id -> !id.isVariant()), ids.stream().filter(ModelId::isVariant)).toList();
    }

    /** The lesson id named {@code key} ({@code reactor}, {@code reactor-jdk-http}), if a module on the class path has it. */
    public static Optional<ModelId> find(String key) {
        return ids().stream().filter(id -> id.key().equals(key)).findFirst();
    }

    /**
     * The names of the models on the class path: the four in {@link #ORDER}, then any labelled
     * variant (such as Reactor over the JDK HttpClient).
     */
    public static List<String> available() {
        return ids().stream().map(ModelId::key).toList();
    }

    /** {@code names} in the suite's order: those of {@link #ORDER} first, then the rest alphabetically. */
    public static List<String> inSuiteOrder(Collection<String> names) {
        return Stream.concat(
                        ORDER.stream().filter(names::contains),
                        names.stream().filter(name -> !ORDER.contains(name)).sorted())
                .toList();
    }

    /**
     * Makes the lesson model called {@code key}.
     *
     * @throws IllegalArgumentException naming the unknown model and the known ones
     */
    public static LessonModel create(String key, LessonContext context) {
        ModelId id = find(key).orElseThrow(() -> new IllegalArgumentException(
                "unknown model '" + key + "'; known models: " + String.join(", ", available())));
        return plugin(id.model().key()).lesson(id, context);
    }
}
