package dev.vtvsreactive.virtualthreads;

import dev.vtvsreactive.lesson.LessonContext;
import dev.vtvsreactive.lesson.LessonModel;
import dev.vtvsreactive.contract.HttpFaultContractTest;

class VirtualThreadsHttpFaultContractTest extends HttpFaultContractTest {

    @Override
    protected LessonModel createModel(LessonContext context) {
        return new VirtualThreadsModel(context);
    }
}
