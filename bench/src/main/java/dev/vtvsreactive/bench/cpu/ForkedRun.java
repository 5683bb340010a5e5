package dev.vtvsreactive.bench.cpu;

import dev.vtvsreactive.bench.ChildJvm;
import dev.vtvsreactive.lesson.Blocking.LessonTimeoutException;
import dev.vtvsreactive.lesson.cpu.CpuBoundFactory;
import dev.vtvsreactive.lesson.cpu.CpuBoundVariant;
import dev.vtvsreactive.lesson.http.LessonJson;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
        return plan.waitBound().plus(ChildJvm.START_UP);
    }

    /**
     * Runs {@code variant} of the factory's model in a child JVM, waiting at most {@code bound}.
     *
     * @throws LessonTimeoutException if the child is still running after {@code bound}; it is killed
     * @throws IllegalStateException  if the child fails, with the end of what it wrote to its standard error
     */
    static CpuBoundRun run(CpuBoundFactory factory, CpuBoundVariant variant, CpuBoundPlan plan, Duration bound) {
        return new ChildJvm(factory.jvmOptions(), ForkedRun.class, List.of(factory.name(), variant.label()))
                .run(factory.name() + " (" + variant + ") in a child JVM", plan, CpuBoundRun.class, bound);
    }

    /**
     * The child: runs the model named by {@code args[0]}, variant {@code args[1]}, following the
     * plan read as JSON from standard input, and prints the run as JSON on standard output.
     */
    public static void main(String... args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: ForkedRun MODEL VARIANT < plan.json");
        }
        CpuBoundFactory factory = CpuBoundExperiment.factory(args[0]);
        CpuBoundVariant variant = CpuBoundVariant.of(args[1]);
        CpuBoundPlan plan = LessonJson.MAPPER.readValue(System.in, CpuBoundPlan.class);
        CpuBoundRun run = CpuBoundExperiment.runHere(factory, variant, plan, thisJvm());
        System.out.println(LessonJson.MAPPER.writeValueAsString(run));
    }

    /** This JVM, with the system properties its start-up options set, read back. */
    private static CpuBoundRun.Jvm thisJvm() {
        Map<String, String> properties = new LinkedHashMap<>();
        for (String option : ChildJvm.startUpOptions()) {
            if (option.startsWith("-D")) {
                String name = option.substring(2).split("=", 2)[0];
                properties.put(name, String.valueOf(System.getProperty(name)));
            }
        }
        return new CpuBoundRun.Jvm(ProcessHandle.current().pid(), true, properties);
    }
}
