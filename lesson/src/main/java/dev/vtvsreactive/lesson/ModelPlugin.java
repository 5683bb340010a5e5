package dev.vtvsreactive.lesson;

import dev.vtvsreactive.lesson.context.ContextPropagationFactory;
import dev.vtvsreactive.lesson.cpu.CpuBoundFactory;
import dev.vtvsreactive.lesson.failure.FailureModel;
import dev.vtvsreactive.lesson.fanout.FanOutFactory;
import dev.vtvsreactive.lesson.traces.StackTracesFactory;
import java.util.List;

/**
 * One concurrency model, as its module plugs it into the suite: the lesson, its failure semantics,
 * its wiring of the CPU-bound experiment, its fan-out, its stack traces on failure and its ways of
 * carrying a request id, each made fresh on demand. Each model module implements this once and registers it as a
 * {@link java.util.ServiceLoader service} in
 * {@code META-INF/services/dev.vtvsreactive.lesson.ModelPlugin}; {@link LessonModels} finds them.
 */
public interface ModelPlugin {

    /** The model this module implements. */
    Model model();

    /** The ids the lesson runs under: the model's own, then its labelled variants, if any. */
    default List<ModelId> lessonIds() {
        return List.of(ModelId.of(model()));
    }

    /**
     * The lesson in this model, or in one of its labelled variants.
     *
     * @param id one of {@link #lessonIds()}
     */
    LessonModel lesson(ModelId id, LessonContext context);

    /** What the model does when a task fails or is too slow (asyncio's gather, TaskGroup, wait_for). */
    FailureModel failures(LessonContext context);

    /** The model's wirings of the CPU-bound experiment: its single loop, blocked and fixed. */
    CpuBoundFactory cpuBound();

    /** The model's fan-outs: its idiom, then the pitfalls engineers fall into. */
    FanOutFactory fanOut();

    /** The model's failing scenarios as a caller calls them, under each of its debug aids: none, then its own. */
    StackTracesFactory stackTraces();

    /** The model's ways of carrying a request id to the lines its tasks log: none, then its own. */
    ContextPropagationFactory contextPropagation();
}
