package dev.vtvsreactive.lesson.cpu;

import dev.vtvsreactive.lesson.Model;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Makes one model's {@link CpuBound} wirings, one per run of a variant; a model hands it over from
 * {@link dev.vtvsreactive.lesson.ModelPlugin#cpuBound()}:
 *
 * <pre>{@code
 * new CpuBoundFactory(Model.REACTOR, ReactorCpuBound::new)
 * }</pre>
 */
public final class CpuBoundFactory {

    private final Model model;
    private final List<CpuBoundVariant> variants;
    private final List<String> jvmOptions;
    private final Function<CpuBoundVariant, CpuBound> wiring;

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
        this.model = Objects.requireNonNull(model, "model");
        this.variants = List.copyOf(variants);
        this.jvmOptions = List.copyOf(jvmOptions);
        this.wiring = Objects.requireNonNull(wiring, "wiring");
    }

    /** A model that runs blocked, then fixed, in the experiment's own JVM. */
    public CpuBoundFactory(Model model, Function<CpuBoundVariant, CpuBound> wiring) {
        this(model, List.of(CpuBoundVariant.BLOCKED, CpuBoundVariant.FIXED), List.of(), wiring);
    }

    /** The model's name. */
    public String name() {
        return model.key();
    }

    /** The variants the model runs, in the order they are reported. */
    public List<CpuBoundVariant> variants() {
        return variants;
    }

    /** Options the JVM running the experiment must be started with; none runs it in the experiment's own JVM. */
    public List<String> jvmOptions() {
        return jvmOptions;
    }

    /**
     * A fresh wiring for one run of {@code variant}.
     *
     * @throws IllegalArgumentException if the model does not have {@code variant}, naming the ones it has
     */
    public CpuBound create(CpuBoundVariant variant) {
        return wiring.apply(checkVariant(variant));
    }

    /**
     * Accepts {@code variant} if the model has it.
     *
     * @throws IllegalArgumentException naming the model's variants otherwise
     */
    public CpuBoundVariant checkVariant(CpuBoundVariant variant) {
        if (!variants.contains(variant)) {
            throw new IllegalArgumentException(name() + " has no variant '" + variant + "'; its variants: "
                    + variants.stream().map(CpuBoundVariant::label).collect(Collectors.joining(", ")));
        }
        return variant;
    }
}
