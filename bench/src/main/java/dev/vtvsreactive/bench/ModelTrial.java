package dev.vtvsreactive.bench;

import dev.vtvsreactive.lesson.LessonContext;
import dev.vtvsreactive.lesson.LessonModel;
import dev.vtvsreactive.lesson.Narrator;
import dev.vtvsreactive.lesson.TimeScale;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * One concurrency model, made for one JMH trial, with the narrator it speaks to.
 *
 * <p>The narrator does almost nothing: it keeps the latest line said, which costs every model the
 * same one reference write per line, and lets a benchmark check what its operation said.
 */
final class ModelTrial implements AutoCloseable {

    private final AtomicReference<String> latestLine = new AtomicReference<>();
    private final LessonModel model;

    /** Makes a model with {@code factory}, at {@code scale}, speaking to this trial's narrator. */
    ModelTrial(TimeScale scale, Function<LessonContext, LessonModel> factory) {
        Narrator narrator = new Narrator(event -> latestLine.set(event.line()));
        model = factory.apply(new LessonContext(scale, narrator));
    }

    LessonModel model() {
        return model;
    }

    /** The latest line said since the previous call (null if none), forgetting it. */
    String takeLatestLine() {
        return latestLine.getAndSet(null);
    }

    /**
     * Returns {@code actual} if it is what {@code operation} should produce.
     *
     * @throws WrongResultException naming the operation, this model and the difference
     */
    <T> T check(String operation, T expected, T actual) {
        return WrongResultException.requireEqual(operation + " on " + model.name(), expected, actual);
    }

    @Override
    public void close() {
        model.close();
    }
}
