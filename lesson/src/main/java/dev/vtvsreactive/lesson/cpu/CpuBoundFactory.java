package dev.vtvsreactive.lesson.cpu;

import dev.vtvsreactive.lesson.Model;
import dev.vtvsreactive.lesson.ModelVariants;
import java.util.List;
import java.util.function.Function;

/**
 * Makes one model's {@link CpuBound} wirings, one per run of a variant; a model hands it over from
 * {@link dev.vtvsreactive.lesson.ModelPlugin#cpuBound()}:
 *
 * <pre>{@code
 * new CpuBoundFactory(Model.REACTOR, ReactorCpuBound::new)
 * }</pre>
 */
public final class CpuBoundFactory extends ModelVariants<CpuBoundVariant, CpuBound> {

    private final List<String> jvmOptions;

    /**
     * @param model      the model
     * @param variants   the variants the model runs, in the order they are reported
     * @param jvmOptions options the JVM running the experiment must be started with, such as a
     *                   scheduler's parallelism that is read once at start-up: when there are any,
     *                   the experiment runs the model in a child JVM started with them
     * @param wiring     makes a fresh wiring for one run of a variant
     */
    public CpuBoundFactory(Model model, List<CpuBoundVariant> variants, List<String> jvmOptions,
            Function<CpuBoundVariant, CpuBound> wiring) {
        super(model, "variant", variants, wiring);
        this.jvmOptions = List.copyOf(jvmOptions);
    }

    /** A model that runs blocked, then fixed, in the experiment's own JVM. */
    public CpuBoundFactory(Model model, Function<CpuBoundVariant, CpuBound> wiring) {
        this(model, List.of(CpuBoundVariant.BLOCKED, CpuBoundVariant.FIXED), List.of(), wiring);
    }

    /** Options the JVM running the experiment must be started with; none runs it in the experiment's own JVM. */
    public List<String> jvmOptions() {
        return jvmOptions;
    }
}
