package dev.vtvsreactive.reactor;

import dev.vtvsreactive.lesson.LessonContext;
import dev.vtvsreactive.contract.LessonContractTest;
import dev.vtvsreactive.lesson.LessonModel;

/** The labelled variant is held to the same contract: only its transport differs. */
class ReactorJdkHttpContractTest extends LessonContractTest {

    @Override
    protected LessonModel createModel(LessonContext context) {
        return new ReactorModel(ReactorPlugin.JDK_HTTP.key(), context, ReactorHttp.jdk());
    }
}
