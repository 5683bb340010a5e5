package dev.vtvsreactive.completablefuture;

import dev.vtvsreactive.lesson.fanout.FanOutContractTest;

class CompletableFutureFanOutTest extends FanOutContractTest {

    @Override
    protected String modelName() {
        return CompletableFutureModel.NAME;
    }
}
