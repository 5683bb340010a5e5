package dev.vtvsreactive.rxjava;

import dev.vtvsreactive.contract.ContextPropagationContractTest;
import dev.vtvsreactive.lesson.context.ContextPropagationFactory;
import dev.vtvsreactive.lesson.context.LineKind;
import dev.vtvsreactive.lesson.context.Propagation;
import java.util.EnumSet;
import java.util.Set;

/**
 * RxJava: a task's first line is said where the gather is subscribed, on the request's thread; the
 * schedule handler reaches the timers' continuations, never the JDK client's completion of a GET.
 */
class RxJavaContextPropagationTest extends ContextPropagationContractTest {

    @Override
    protected ContextPropagationFactory factory() {
        return new RxJavaPlugin().contextPropagation();
    }

    @Override
    protected Set<LineKind> reaches(Propagation propagation) {
        return propagation == Propagation.NONE
                ? EnumSet.of(LineKind.TASK_STARTING)
                : EnumSet.of(LineKind.TASK_STARTING, LineKind.TASK_FINISHED);
    }
}
