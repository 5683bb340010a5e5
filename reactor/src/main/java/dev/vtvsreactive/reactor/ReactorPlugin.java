package dev.vtvsreactive.reactor;

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

/** Project Reactor in the suite: the lesson, its failures, the CPU-bound experiment, the fan-out and its stack traces. */
public final class ReactorPlugin implements ModelPlugin {

    /** The labelled variant: Reactor over the JDK {@code HttpClient} that the other models use, rather than reactor-netty. */
    public static final ModelId JDK_HTTP = ModelId.variant(Model.REACTOR, "jdk-http", "JDK HttpClient");

    @Override
    public Model model() {
        return Model.REACTOR;
    }

    @Override
    public List<ModelId> lessonIds() {
        return List.of(ModelId.of(Model.REACTOR), JDK_HTTP);
    }

    @Override
    public LessonModel lesson(ModelId id, LessonContext context) {
        ReactorHttp http = id.equals(JDK_HTTP) ? ReactorHttp.jdk(context.httpTimeouts()) : ReactorHttp.netty(context.httpTimeouts());
        return new ReactorModel(id.key(), context, http);
    }

    @Override
    public FailureModel failures(LessonContext context) {
        return new ReactorFailureModel(context);
    }

    @Override
    public CpuBoundFactory cpuBound() {
        return new CpuBoundFactory(Model.REACTOR, ReactorCpuBound::new);
    }

    @Override
    public FanOutFactory fanOut() {
        return new FanOutFactory(Model.REACTOR, List.of(FanOutVariant.IDIOM, FanOutVariant.FLATMAP), ReactorFanOut::new);
    }

    @Override
    public StackTracesFactory stackTraces() {
        return new StackTracesFactory(Model.REACTOR, List.of(DebugAid.NONE, DebugAid.CHECKPOINT, DebugAid.ON_OPERATOR_DEBUG,
                DebugAid.REACTOR_DEBUG_AGENT), ReactorStackTracesModel::new);
    }

    @Override
    public ContextPropagationFactory contextPropagation() {
        return new ContextPropagationFactory(Model.REACTOR, List.of(Propagation.NONE, Propagation.AUTOMATIC_CONTEXT), ReactorContextPropagation::new);
    }
}
