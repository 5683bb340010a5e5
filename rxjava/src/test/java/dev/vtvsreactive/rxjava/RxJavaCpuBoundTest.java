package dev.vtvsreactive.rxjava;

import dev.vtvsreactive.lesson.cpu.CpuBoundContractTest;

class RxJavaCpuBoundTest extends CpuBoundContractTest {

    @Override
    protected String modelName() {
        return RxJavaModel.NAME;
    }
}
