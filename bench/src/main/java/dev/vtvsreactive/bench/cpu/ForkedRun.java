package dev.vtvsreactive.bench.cpu;

import dev.vtvsreactive.bench.ChildJvm;
import dev.vtvsreactive.lesson.Blocking.LessonTimeoutException;
import dev.vtvsreactive.lesson.LessonModels;
import dev.vtvsreactive.lesson.cpu.CpuBoundFactory;
import dev.vtvsreactive.lesson.cpu.CpuBoundVariant;
import java.time.Duration;
import java.util.List;

/**
 * One run of the experiment in a {@link ChildJvm} started with the model's {@link CpuBoundFactory#jvmOptions()
 * options}: the plan written to the child's standard input, the run read back as JSON from its
 * standard output. The wait for the child is bounded; a child that outlives it is killed.
 *
 * <p>{@link #main} is the child's side; it is not meant to be run by hand.
 */
public final class ForkedRun {

    private ForkedRun() {
    }

    /** How long the parent waits for a child running {@code plan}. */
    static Duration bound(CpuBoundPlan plan) {
        return ChildJvm.bound(plan.waitBound());
    }

    /**
     * Runs {@code variant} of the factory's model in a child JVM, waiting at most {@code bound}.
     *
     * @throws LessonTimeoutException if the child is still running after {@code bound}; it is killed
     * @throws IllegalStateException  if the child fails, with the start of what it wrote to its standard error
     */
    static CpuBoundRun run(CpuBoundFactory factory, CpuBoundVariant variant, CpuBoundPlan plan, Duration bound) {
        return new ChildJvm(factory.jvmOptions(), ForkedRun.class, List.of(factory.name(), variant.label()))
                .run(factory.name() + " (" + variant + ") in a child JVM", plan, CpuBoundRun.class, bound);
    }

    /** The child: runs variant VARIANT of model MODEL, following the plan on standard input, and prints the run. */
    public static void main(String... args) {
        ChildJvm.serve(ForkedRun.class, args, List.of("MODEL", "VARIANT"), CpuBoundPlan.class, (arguments, plan) ->
                CpuBoundExperiment.runHere(LessonModels.plugin(arguments.get(0)).cpuBound(),
                        CpuBoundVariant.of(arguments.get(1)), plan, CpuBoundRun.Jvm.current(true)));
    }
}
