package dev.vtvsreactive.lesson;

import java.util.Objects;
import java.util.function.Function;

/**
 * Makes one model's {@link LessonModel}. Each model module registers a subclass as a
 * {@link java.util.ServiceLoader service}, so the CLI and the benchmarks find all four by name:
 *
 * <pre>{@code
 * public static final class Factory extends LessonModelFactory {
 *     public Factory() {
 *         super(NAME, ReactorModel::new);
 *     }
 * }
 * }</pre>
 */
public abstract class LessonModelFactory {

    private final String name;
    private final Function<LessonContext, LessonModel> constructor;

    protected LessonModelFactory(String name, Function<LessonContext, LessonModel> constructor) {
        this.name = Objects.requireNonNull(name, "name");
        this.constructor = Objects.requireNonNull(constructor, "constructor");
    }

    public final String name() {
        return name;
    }

    public final LessonModel create(LessonContext context) {
        return constructor.apply(context);
    }
}
