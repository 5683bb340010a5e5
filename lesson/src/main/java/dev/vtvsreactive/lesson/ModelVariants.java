package dev.vtvsreactive.lesson;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The variants a model runs of one experiment, in the order they are reported, and how to make a
 * fresh one of each: the base of the CPU-bound and the fan-out factories a {@link ModelPlugin} hands over.
 *
 * @param <V> the experiment's variants
 * @param <T> what one variant is made into: a wiring, a fan-out
 */
public abstract class ModelVariants<V extends Labelled, T> {

    private final Model model;
    private final String kind;
    private final List<V> variants;
    private final Function<V, T> make;

    /**
     * @param kind     names the variants in messages, e.g. {@code "fan-out variant"}
     * @param variants the variants the model runs, in the order they are reported
     * @param make     makes a fresh one of a variant
     */
    protected ModelVariants(Model model, String kind, List<V> variants, Function<V, T> make) {
        this.model = Objects.requireNonNull(model, "model");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.variants = List.copyOf(variants);
        this.make = Objects.requireNonNull(make, "make");
    }

    /** The model's name. */
    public final String name() {
        return model.key();
    }

    /** The variants the model runs, in the order they are reported. */
    public final List<V> variants() {
        return variants;
    }

    /**
     * A fresh one of {@code variant}.
     *
     * @throws IllegalArgumentException if the model does not have {@code variant}, naming the ones it has
     */
    public final T create(V variant) {
        return make.apply(checkVariant(variant));
    }

    /**
     * Accepts {@code variant} if the model has it.
     *
     * @throws IllegalArgumentException naming the model's variants otherwise
     */
    public final V checkVariant(V variant) {
        if (!variants.contains(variant)) {
            throw new IllegalArgumentException(name() + " has no " + kind + " '" + variant.label() + "'; its variants: "
                    + variants.stream().map(Labelled::label).collect(Collectors.joining(", ")));
        }
        return variant;
    }
}
