package dev.vtvsreactive.virtualthreads;

import dev.vtvsreactive.lesson.fanout.FanOutContractTest;

class VirtualThreadsFanOutTest extends FanOutContractTest {

    @Override
    protected String modelName() {
        return VirtualThreadsModel.NAME;
    }
}
