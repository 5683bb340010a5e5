package dev.vtvsreactive.reactor;

import dev.vtvsreactive.lesson.fanout.FanOutContractTest;

class ReactorFanOutTest extends FanOutContractTest {

    @Override
    protected String modelName() {
        return ReactorModel.NAME;
    }
}
