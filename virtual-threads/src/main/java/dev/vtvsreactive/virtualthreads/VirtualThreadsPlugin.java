package dev.vtvsreactive.virtualthreads;

import dev.vtvsreactive.lesson.LessonContext;
import dev.vtvsreactive.lesson.LessonModel;
import dev.vtvsreactive.lesson.Model;
import dev.vtvsreactive.lesson.ModelId;
import dev.vtvsreactive.lesson.ModelPlugin;
import dev.vtvsreactive.lesson.context.ContextPropagationFactory;
import dev.vtvsreactive.lesson.context.Propagation;
import dev.vtvsreactive.lesson.cpu.CpuBoundFactory;
import dev.vtvsreactive.lesson.cpu.CpuBoundVariant;
import dev.vtvsreactive.lesson.failure.FailureModel;
import dev.vtvsreactive.lesson.fanout.FanOutFactory;
import dev.vtvsreactive.lesson.fanout.FanOutVariant;
import dev.vtvsreactive.lesson.traces.DebugAid;
import dev.vtvsreactive.lesson.traces.StackTracesFactory;
import java.util.List;

/** virtual threads in the suite: the lesson, its failures, the CPU-bound experiment, the fan-out and its stack traces. */
public final class VirtualThreadsPlugin implements ModelPlugin {

    /**
     * The CPU-bound experiment's single loop: one carrier, and no extra one to compensate for a blocked
     * carrier. The scheduler reads them once, at start-up, so the experiment runs this model in a child JVM.
     */
    public static final List<String> ONE_CARRIER = List.of(
            "-Djdk.virtualThreadScheduler.parallelism=1", "-Djdk.virtualThreadScheduler.maxPoolSize=1");

    @Override
    public Model model() {
        return Model.VIRTUAL_THREADS;
    }

    @Override
    public LessonModel lesson(ModelId id, LessonContext context) {
        return new VirtualThreadsModel(context);
    }

    @Override
    public FailureModel failures(LessonContext context) {
        return new VirtualThreadsFailureModel(context);
    }

    @Override
    public CpuBoundFactory cpuBound() {
        return new CpuBoundFactory(Model.VIRTUAL_THREADS,
                List.of(CpuBoundVariant.BLOCKED, CpuBoundVariant.BLOCKED_YIELD, CpuBoundVariant.FIXED),
                ONE_CARRIER, VirtualThreadsCpuBound::new);
    }

    @Override
    public FanOutFactory fanOut() {
        return new FanOutFactory(Model.VIRTUAL_THREADS, List.of(FanOutVariant.IDIOM, FanOutVariant.PLATFORM_THREAD_PER_TASK), VirtualThreadsFanOut::new);
    }

    @Override
    public StackTracesFactory stackTraces() {
        return new StackTracesFactory(Model.VIRTUAL_THREADS, List.of(DebugAid.NONE, DebugAid.STRUCTURED_TASK_SCOPE), aid -> new VirtualThreadsStackTracesModel());
    }

    @Override
    public ContextPropagationFactory contextPropagation() {
        return new ContextPropagationFactory(Model.VIRTUAL_THREADS, List.of(Propagation.NONE, Propagation.MDC_COPY, Propagation.SCOPED_VALUE), VirtualThreadsContextPropagation::new);
    }
}
