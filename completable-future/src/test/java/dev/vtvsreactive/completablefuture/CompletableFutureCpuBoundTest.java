package dev.vtvsreactive.completablefuture;

import dev.vtvsreactive.lesson.cpu.CpuBoundContractTest;

class CompletableFutureCpuBoundTest extends CpuBoundContractTest {

    @Override
    protected String modelName() {
        return CompletableFutureModel.NAME;
    }
}
