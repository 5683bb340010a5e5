package dev.vtvsreactive.reactor;

import dev.vtvsreactive.lesson.cpu.CpuBoundContractTest;

class ReactorCpuBoundTest extends CpuBoundContractTest {

    @Override
    protected String modelName() {
        return ReactorModel.NAME;
    }
}
