package dev.vtvsreactive.rxjava;

import dev.vtvsreactive.lesson.LessonContext;
import dev.vtvsreactive.lesson.LessonModel;
import dev.vtvsreactive.contract.HttpFaultContractTest;

class RxJavaHttpFaultContractTest extends HttpFaultContractTest {

    @Override
    protected LessonModel createModel(LessonContext context) {
        return new RxJavaModel(context);
    }
}
