package dev.vtvsreactive.reactor;

import dev.vtvsreactive.contract.ContextPropagationContractTest;
import dev.vtvsreactive.lesson.context.ContextPropagationFactory;
import dev.vtvsreactive.lesson.context.LineKind;
import dev.vtvsreactive.lesson.context.Propagation;
import java.util.EnumSet;
import java.util.Set;

/**
 * Reactor: a task's first line is said where the gather is subscribed, on the request's thread;
 * the rest on the timers' and the event loop's threads, which automatic propagation reaches.
 */
class ReactorContextPropagationTest extends ContextPropagationContractTest {

    @Override
    protected ContextPropagationFactory factory() {
        return new ReactorPlugin().contextPropagation();
    }

    @Override
    protected Set<LineKind> reaches(Propagation propagation) {
        return propagation == Propagation.NONE ? EnumSet.of(LineKind.TASK_STARTING) : EnumSet.allOf(LineKind.class);
    }
}
