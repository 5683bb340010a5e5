package dev.vtvsreactive.virtualthreads;

import dev.vtvsreactive.contract.ContextPropagationContractTest;
import dev.vtvsreactive.lesson.context.ContextPropagationFactory;
import dev.vtvsreactive.lesson.context.LineKind;
import dev.vtvsreactive.lesson.context.Propagation;
import java.util.EnumSet;
import java.util.Set;

/**
 * Virtual threads: every line is said on a virtual thread the request started, whose MDC starts
 * empty, so without propagation no line has the id; copied or bound again in each thread, every one does.
 */
class VirtualThreadsContextPropagationTest extends ContextPropagationContractTest {

    @Override
    protected ContextPropagationFactory factory() {
        return new VirtualThreadsPlugin().contextPropagation();
    }

    @Override
    protected Set<LineKind> reaches(Propagation propagation) {
        return propagation == Propagation.NONE ? EnumSet.noneOf(LineKind.class) : EnumSet.allOf(LineKind.class);
    }
}
