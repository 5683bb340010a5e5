package dev.vtvsreactive.bench;

import dev.vtvsreactive.lesson.LessonModels;
import dev.vtvsreactive.lesson.ModelPlugin;
import java.util.List;

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
}
