package dev.vtvsreactive.bench;

import dev.vtvsreactive.lesson.LessonModels;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A test class run once for each of the suite's models, {@link #model} its name: every model is held
 * to what it asserts, and one model's tests share what was measured for it, {@link #measured} once.
 *
 * <p>One instance serves every model (its lifecycle is per class, for that sharing), so what was
 * measured is forgotten as each model's turn begins: a model's tests never see another's runs.
 *
 * @param <K> what a measurement is of, such as a variant
 * @param <R> what it measured
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ParameterizedClass
@MethodSource("dev.vtvsreactive.bench.EveryModel#models")
public abstract class EveryModel<K, R> {

    @Parameter
    protected String model;

    private final Map<K, R> measured = new HashMap<>();

    static List<String> models() {
        return LessonModels.ORDER;
    }

    /** What {@code measure} makes of {@code key} for this model: measured the first time it is asked for. */
    protected R measured(K key, Function<K, R> measure) {
        return measured.computeIfAbsent(key, measure);
    }

    @BeforeParameterizedClassInvocation
    void forgetThePreviousModelsMeasurements() {
        measured.clear();
    }
}
