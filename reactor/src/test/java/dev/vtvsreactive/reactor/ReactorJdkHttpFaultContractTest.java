package dev.vtvsreactive.reactor;

import dev.vtvsreactive.lesson.LessonContext;
import dev.vtvsreactive.lesson.LessonModel;
import dev.vtvsreactive.contract.HttpFaultContractTest;

/** The labelled variant, Reactor over the JDK {@code HttpClient}. */
class ReactorJdkHttpFaultContractTest extends HttpFaultContractTest {

    @Override
    protected LessonModel createModel(LessonContext context) {
        return new ReactorPlugin().lesson(ReactorPlugin.JDK_HTTP, context);
    }
}
