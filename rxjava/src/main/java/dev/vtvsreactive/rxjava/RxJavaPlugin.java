package dev.vtvsreactive.rxjava;

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

/** RxJava 3 in the suite: the lesson, its failures, the CPU-bound experiment, the fan-out and its stack traces. */
public final class RxJavaPlugin implements ModelPlugin {

    @Override
    public Model model() {
        return Model.RXJAVA;
    }

    @Override
    public LessonModel lesson(ModelId id, LessonContext context) {
        return new RxJavaModel(context);
    }

    @Override
    public FailureModel failures(LessonContext context) {
        return new RxJavaFailureModel(context);
    }

    @Override
    public CpuBoundFactory cpuBound() {
        return new CpuBoundFactory(Model.RXJAVA, RxJavaCpuBound::new);
    }

    @Override
    public FanOutFactory fanOut() {
        return new FanOutFactory(Model.RXJAVA, List.of(FanOutVariant.IDIOM, FanOutVariant.FLATMAP), RxJavaFanOut::new);
    }

    @Override
    public StackTracesFactory stackTraces() {
        return new StackTracesFactory(Model.RXJAVA, List.of(DebugAid.NONE, DebugAid.ASSEMBLY_TRACKING), RxJavaStackTracesModel::new);
    }

    @Override
    public ContextPropagationFactory contextPropagation() {
        return new ContextPropagationFactory(Model.RXJAVA, List.of(Propagation.NONE, Propagation.SCHEDULE_HANDLER), RxJavaContextPropagation::new);
    }
}
