package dev.vtvsreactive.lesson.cpu;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Makes one model's {@link CpuBound} wiring. Each model module registers a subclass as a
 * {@link java.util.ServiceLoader service}, so that {@link CpuBoundExperiment} finds it by name:
 *
 * <pre>{@code
 * public static final class Factory extends CpuBoundFactory {
 *     public Factory() {
 *         super(ReactorModel.NAME, ReactorCpuBound::new);
 *     }
 * }
 * }</pre>
 */
public abstract class CpuBoundFactory {

    private final String name;
    private final Function<CpuBoundVariant, CpuBound> wiring;

    /**
     * @param name   the model's name, as {@link dev.vtvsreactive.lesson.LessonModels} lists it
     * @param wiring makes a fresh wiring for one run of a variant
     */
    protected CpuBoundFactory(String name, Function<CpuBoundVariant, CpuBound> wiring) {
        this.name = Objects.requireNonNull(name, "name");
        this.wiring = Objects.requireNonNull(wiring, "wiring");
    }

    /** The model's name. */
    public final String name() {
        return name;
    }

    /** The variants the model runs, in the order they are reported: blocked, then fixed, unless overridden. */
    public List<CpuBoundVariant> variants() {
        return List.of(CpuBoundVariant.BLOCKED, CpuBoundVariant.FIXED);
    }

    /**
     * Options the JVM running the experiment must be started with, such as a scheduler's
     * parallelism that is read once at start-up. When there are any, the experiment runs the model
     * in a child JVM started with them; otherwise (the default) in this one.
     */
    public List<String> jvmOptions() {
        return List.of();
    }

    /** A fresh wiring for one run of {@code variant}. */
    public final CpuBound create(CpuBoundVariant variant) {
        return wiring.apply(variant);
    }
}
