package dev.vtvsreactive.rxjava;

import dev.vtvsreactive.lesson.LessonContext;
import dev.vtvsreactive.contract.LessonContractTest;
import dev.vtvsreactive.lesson.LessonModel;

class RxJavaContractTest extends LessonContractTest {

    @Override
    protected LessonModel createModel(LessonContext context) {
        return new RxJavaModel(context);
    }
}
