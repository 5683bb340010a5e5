package dev.vtvsreactive.reactor;

import dev.vtvsreactive.lesson.LessonContext;
import dev.vtvsreactive.lesson.LessonModel;
import dev.vtvsreactive.lesson.http.HttpFaultContractTest;

/** Reactor over reactor-netty, its own HTTP stack. */
class ReactorHttpFaultContractTest extends HttpFaultContractTest {

    @Override
    protected LessonModel createModel(LessonContext context) {
        return new ReactorModel.Factory().create(context);
    }
}
