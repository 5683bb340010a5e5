package dev.vtvsreactive.completablefuture;

import dev.vtvsreactive.lesson.LessonContext;
import dev.vtvsreactive.lesson.LessonModel;
import dev.vtvsreactive.contract.HttpFaultContractTest;

class CompletableFutureHttpFaultContractTest extends HttpFaultContractTest {

    @Override
    protected LessonModel createModel(LessonContext context) {
        return new CompletableFutureModel(context);
    }
}
