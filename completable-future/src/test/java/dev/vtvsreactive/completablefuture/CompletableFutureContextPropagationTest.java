package dev.vtvsreactive.completablefuture;

import dev.vtvsreactive.contract.ContextPropagationContractTest;
import dev.vtvsreactive.lesson.context.ContextPropagationFactory;
import dev.vtvsreactive.lesson.context.LineKind;
import dev.vtvsreactive.lesson.context.Propagation;
import java.util.EnumSet;
import java.util.Set;

/**
 * CompletableFuture: a task's first line is said where it is started, on the request's thread; the
 * async stages, on the pool, get the id only from an executor that captured it for the request.
 */
class CompletableFutureContextPropagationTest extends ContextPropagationContractTest {

    @Override
    protected ContextPropagationFactory factory() {
        return new CompletableFuturePlugin().contextPropagation();
    }

    @Override
    protected Set<LineKind> reaches(Propagation propagation) {
        return propagation == Propagation.NONE ? EnumSet.of(LineKind.TASK_STARTING) : EnumSet.allOf(LineKind.class);
    }
}
