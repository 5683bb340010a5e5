package dev.vtvsreactive.virtualthreads;

import dev.vtvsreactive.lesson.LessonContext;
import dev.vtvsreactive.contract.FailureContractTest;
import dev.vtvsreactive.lesson.failure.FailureModel;

class VirtualThreadsFailureContractTest extends FailureContractTest {

    @Override
    protected FailureModel createModel(LessonContext context) {
        return new VirtualThreadsFailureModel(context);
    }
}
