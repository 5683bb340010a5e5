package dev.vtvsreactive.bench;

import dev.vtvsreactive.lesson.LessonContext;
import dev.vtvsreactive.lesson.LessonModel;
import dev.vtvsreactive.lesson.LessonModels;
import dev.vtvsreactive.lesson.TimeScale;
import java.util.function.Function;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The model of a scenario with the lesson's delays (greet, fetch_data, gather), made once per trial
 * and closed after it. Each {@link #model} is one row of the report; {@link #scale} shrinks the
 * lesson's seconds so that an operation lasts milliseconds.
 */
@State(Scope.Benchmark)
public class LessonState {

    @Param({"virtual-threads", "reactor", "rxjava", "completable-future"})
    public String model;

    /** Real seconds per lesson second: at 0.01 greet sleeps 10 ms, fetch_data 20 ms, gather's tasks 30/10/20 ms. */
    @Param("0.01")
    public double scale;

    ModelTrial trial;

    @Setup(Level.Trial)
    public void open() {
        openWith(context -> LessonModels.create(model, context));
    }

    /** Opens a model made by {@code factory} instead of the registered {@link #model}. */
    void openWith(Function<LessonContext, LessonModel> factory) {
        trial = new ModelTrial(new TimeScale(scale), factory);
    }

    @TearDown(Level.Trial)
    public void close() {
        trial.close();
    }
}
