package dev.vtvsreactive.rxjava;

import dev.vtvsreactive.lesson.fanout.FanOutContractTest;

class RxJavaFanOutTest extends FanOutContractTest {

    @Override
    protected String modelName() {
        return RxJavaModel.NAME;
    }
}
