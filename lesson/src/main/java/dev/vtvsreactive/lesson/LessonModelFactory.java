package dev.vtvsreactive.lesson;

/**
 * Makes one model's {@link LessonModel}. Each model module registers its factory as a
 * {@link java.util.ServiceLoader service}, so the CLI and the benchmarks find all four by name.
 */
public interface LessonModelFactory {

    String name();

    LessonModel create(LessonContext context);
}
