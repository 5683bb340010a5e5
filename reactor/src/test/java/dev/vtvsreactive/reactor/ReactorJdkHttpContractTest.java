package dev.vtvsreactive.reactor;

import dev.vtvsreactive.lesson.LessonContext;
import dev.vtvsreactive.lesson.LessonContractTest;
import dev.vtvsreactive.lesson.LessonModel;

/** The labelled variant is held to the same contract: only its transport differs. */
class ReactorJdkHttpContractTest extends LessonContractTest {

    @Override
    protected LessonModel createModel(LessonContext context) {
        return new ReactorModel(ReactorModel.JDK_HTTP_VARIANT, context, ReactorHttp.jdk());
    }
}
