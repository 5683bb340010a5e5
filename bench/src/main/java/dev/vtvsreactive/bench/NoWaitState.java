package dev.vtvsreactive.bench;

import dev.vtvsreactive.lesson.LessonModels;
import dev.vtvsreactive.lesson.TimeScale;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * A model whose every wait is already due ({@link TimeScale#NO_WAIT}), made once per trial and
 * closed after it: each task still suspends once, on what its model waits with — a
 * {@code Thread.sleep(0)} on a virtual thread (which yields its carrier), a {@code Mono.delay(0)} or
 * {@code Single.timer(0)} (a timer due at once on the model's scheduler), a
 * {@code delayedExecutor(0)} task — and the rest is the model's machinery.
 */
@State(Scope.Benchmark)
public class NoWaitState {

    @Param({"virtual-threads", "reactor", "rxjava", "completable-future"})
    public String model;

    ModelTrial trial;

    @Setup(Level.Trial)
    public void open() {
        trial = new ModelTrial(TimeScale.NO_WAIT, context -> LessonModels.create(model, context));
    }

    @TearDown(Level.Trial)
    public void close() {
        trial.close();
    }
}
