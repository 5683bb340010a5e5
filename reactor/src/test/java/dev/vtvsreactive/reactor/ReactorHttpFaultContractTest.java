package dev.vtvsreactive.reactor;

import dev.vtvsreactive.lesson.LessonContext;
import dev.vtvsreactive.lesson.LessonModel;
import dev.vtvsreactive.lesson.Model;
import dev.vtvsreactive.lesson.ModelId;
import dev.vtvsreactive.contract.HttpFaultContractTest;

/** Reactor over reactor-netty, its own HTTP stack. */
class ReactorHttpFaultContractTest extends HttpFaultContractTest {

    @Override
    protected LessonModel createModel(LessonContext context) {
        return new ReactorPlugin().lesson(ModelId.of(Model.REACTOR), context);
    }
}
