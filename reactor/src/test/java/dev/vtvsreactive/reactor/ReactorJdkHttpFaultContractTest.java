package dev.vtvsreactive.reactor;

import dev.vtvsreactive.lesson.LessonContext;
import dev.vtvsreactive.lesson.LessonModel;
import dev.vtvsreactive.lesson.http.HttpFaultContractTest;

/** The labelled variant, Reactor over the JDK {@code HttpClient}. */
class ReactorJdkHttpFaultContractTest extends HttpFaultContractTest {

    @Override
    protected LessonModel createModel(LessonContext context) {
        return new ReactorModel.JdkHttpFactory().create(context);
    }
}
