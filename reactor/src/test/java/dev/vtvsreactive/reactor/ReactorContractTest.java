package dev.vtvsreactive.reactor;

import dev.vtvsreactive.lesson.LessonContext;
import dev.vtvsreactive.contract.LessonContractTest;
import dev.vtvsreactive.lesson.LessonModel;

class ReactorContractTest extends LessonContractTest {

    @Override
    protected LessonModel createModel(LessonContext context) {
        return new ReactorModel(ReactorModel.NAME, context, ReactorHttp.netty());
    }
}
