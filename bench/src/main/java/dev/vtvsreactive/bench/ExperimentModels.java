package dev.vtvsreactive.bench;

import dev.vtvsreactive.lesson.Labelled;
import dev.vtvsreactive.lesson.LessonModels;
import dev.vtvsreactive.lesson.ModelPlugin;
import java.util.List;
import java.util.Objects;

/**
 * The models the experiments measure: every model module on the class path, each of which plugs in
 * both the CPU-bound experiment ({@link ModelPlugin#cpuBound()}) and the fan-out
 * ({@link ModelPlugin#fanOut()}).
 */
public final class ExperimentModels {

    private ExperimentModels() {
    }

    /** Their names, in the suite's order. */
    public static List<String> available() {
        return LessonModels.plugins().stream().map(plugin -> plugin.model().key()).toList();
    }

    /**
     * Checks the names every run of an experiment starts with: the model's, the variant it ran and
     * how the model wired that variant.
     *
     * @throws NullPointerException naming the one missing, as when a saved document lacks it
     */
    public static void requireNamed(String model, Labelled variant, String wiring) {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(variant, "variant");
        Objects.requireNonNull(wiring, "wiring");
    }
}
