package dev.vtvsreactive.completablefuture;

import dev.vtvsreactive.lesson.LessonContext;
import dev.vtvsreactive.lesson.LessonModel;
import dev.vtvsreactive.lesson.Model;
import dev.vtvsreactive.lesson.ModelId;
import dev.vtvsreactive.lesson.ModelPlugin;
import dev.vtvsreactive.lesson.context.ContextPropagationFactory;
import dev.vtvsreactive.lesson.context.Propagation;
import dev.vtvsreactive.lesson.cpu.CpuBoundFactory;
import dev.vtvsreactive.lesson.failure.FailureModel;
import dev.vtvsreactive.lesson.fanout.FanOutFactory;
import dev.vtvsreactive.lesson.fanout.FanOutVariant;
import dev.vtvsreactive.lesson.traces.DebugAid;
import dev.vtvsreactive.lesson.traces.StackTracesFactory;
import java.util.List;

/** CompletableFuture in the suite: the lesson, its failures, the CPU-bound experiment, the fan-out and its stack traces. */
public final class CompletableFuturePlugin implements ModelPlugin {

    @Override
    public Model model() {
        return Model.COMPLETABLE_FUTURE;
    }

    @Override
    public LessonModel lesson(ModelId id, LessonContext context) {
        return new CompletableFutureModel(context);
    }

    @Override
    public FailureModel failures(LessonContext context) {
        return new CompletableFutureFailureModel(context);
    }

    @Override
    public CpuBoundFactory cpuBound() {
        return new CpuBoundFactory(Model.COMPLETABLE_FUTURE, CompletableFutureCpuBound::new);
    }

    @Override
    public FanOutFactory fanOut() {
        return new FanOutFactory(Model.COMPLETABLE_FUTURE, List.of(FanOutVariant.IDIOM, FanOutVariant.FIXED_POOL_200), CompletableFutureFanOut::new);
    }

    @Override
    public StackTracesFactory stackTraces() {
        return new StackTracesFactory(Model.COMPLETABLE_FUTURE, List.of(DebugAid.NONE), aid -> new CompletableFutureStackTracesModel());
    }

    @Override
    public ContextPropagationFactory contextPropagation() {
        return new ContextPropagationFactory(Model.COMPLETABLE_FUTURE, List.of(Propagation.NONE, Propagation.CAPTURING_EXECUTOR), CompletableFutureContextPropagation::new);
    }
}
