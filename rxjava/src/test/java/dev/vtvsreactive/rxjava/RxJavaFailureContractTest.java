package dev.vtvsreactive.rxjava;

import dev.vtvsreactive.lesson.LessonContext;
import dev.vtvsreactive.contract.FailureContractTest;
import dev.vtvsreactive.lesson.failure.FailureModel;
import io.reactivex.rxjava3.plugins.RxJavaPlugins;
import java.util.function.Consumer;

class RxJavaFailureContractTest extends FailureContractTest {

    @Override
    protected FailureModel createModel(LessonContext context) {
        return new RxJavaFailureModel(context);
    }

    /** Also RxJava's undeliverable errors: those signalled after a sequence has already terminated. */
    @Override
    protected AutoCloseable catchLostErrors(Consumer<Throwable> sink) {
        AutoCloseable uncaught = super.catchLostErrors(sink);
        RxJavaPlugins.setErrorHandler(sink::accept);
        return () -> {
            RxJavaPlugins.setErrorHandler(null);
            uncaught.close();
        };
    }
}
