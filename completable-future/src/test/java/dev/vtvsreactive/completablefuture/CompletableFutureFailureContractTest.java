package dev.vtvsreactive.completablefuture;

import dev.vtvsreactive.lesson.LessonContext;
import dev.vtvsreactive.contract.FailureContractTest;
import dev.vtvsreactive.lesson.failure.FailureModel;

class CompletableFutureFailureContractTest extends FailureContractTest {

    @Override
    protected FailureModel createModel(LessonContext context) {
        return new CompletableFutureFailureModel(context);
    }
}
