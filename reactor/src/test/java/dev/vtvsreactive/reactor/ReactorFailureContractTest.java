package dev.vtvsreactive.reactor;

import dev.vtvsreactive.lesson.LessonContext;
import dev.vtvsreactive.contract.FailureContractTest;
import dev.vtvsreactive.lesson.failure.FailureModel;
import java.util.function.Consumer;
import reactor.core.publisher.Hooks;

class ReactorFailureContractTest extends FailureContractTest {

    @Override
    protected FailureModel createModel(LessonContext context) {
        return new ReactorFailureModel(context);
    }

    /** {@code Mono.fromFuture(future, true)} drops the error of a future it no longer listens to. */
    @Override
    protected boolean dropsLaterGatherFailures() {
        return true;
    }

    /** Also the errors Reactor drops: those signalled after a sequence has already terminated. */
    @Override
    protected AutoCloseable catchLostErrors(Consumer<Throwable> sink) {
        AutoCloseable uncaught = super.catchLostErrors(sink);
        Hooks.onErrorDropped(sink);
        return () -> {
            Hooks.resetOnErrorDropped();
            uncaught.close();
        };
    }
}
