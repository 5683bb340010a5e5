package dev.vtvsreactive.lesson;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The models on the class path, found by name, always listed in the suite's order. */
public final class LessonModels {

    /** The suite's order: every table, chart and CLI run lists the models this way. */
    public static final List<String> ORDER = List.of("virtual-threads", "reactor", "rxjava", "completable-future");

    private LessonModels() {
    }

    /**
     * The names of the models on the class path: the four in {@link #ORDER}, then any labelled
     * variant (such as Reactor over the JDK HttpClient) in alphabetical order.
     */
    public static List<String> available() {
        return inSuiteOrder(factories().keySet());
    }

    /** {@code names} in the suite's order: those of {@link #ORDER} first, then the rest alphabetically. */
    public static List<String> inSuiteOrder(Collection<String> names) {
        return Stream.concat(
                        ORDER.stream().filter(names::contains),
                        names.stream().filter(name -> !ORDER.contains(name)).sorted())
                .toList();
    }

    /**
     * Makes the model called {@code name}.
     *
     * @throws IllegalArgumentException naming the unknown model and the known ones
     */
    public static LessonModel create(String name, LessonContext context) {
        LessonModelFactory factory = factories().get(name);
        if (factory == null) {
            throw new IllegalArgumentException("unknown model '" + name + "'; known models: " + String.join(", ", available()));
        }
        return factory.create(context);
    }

    private static Map<String, LessonModelFactory> factories() {
        return ServiceLoader.load(LessonModelFactory.class).stream()
                .map(ServiceLoader.Provider::get)
                .collect(Collectors.toMap(LessonModelFactory::name, Function.identity()));
    }
}
