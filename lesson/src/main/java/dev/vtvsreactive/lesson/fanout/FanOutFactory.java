package dev.vtvsreactive.lesson.fanout;

import dev.vtvsreactive.lesson.Model;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Makes one model's {@link FanOut}s, one per child JVM of the experiment; a model hands it over from
 * {@link dev.vtvsreactive.lesson.ModelPlugin#fanOut()}:
 *
 * <pre>{@code
 * new FanOutFactory(Model.REACTOR, List.of(FanOutVariant.IDIOM, FanOutVariant.FLAT_MAP), ReactorFanOut::new)
 * }</pre>
 */
public class FanOutFactory {

    private final Model model;
    private final List<FanOutVariant> variants;
    private final Function<FanOutVariant, FanOut> fanOut;

    /**
     * @param model    the model
     * @param variants the variants the model runs, in the order they are reported: its idiom, then its pitfalls
     * @param fanOut   makes a fresh fan-out of one of {@code variants}
     * @throws IllegalArgumentException if {@code variants} does not start with the idiom
     */
    public FanOutFactory(Model model, List<FanOutVariant> variants, Function<FanOutVariant, FanOut> fanOut) {
        this.model = Objects.requireNonNull(model, "model");
        this.variants = List.copyOf(variants);
        this.fanOut = Objects.requireNonNull(fanOut, "fanOut");
        if (this.variants.isEmpty() || this.variants.getFirst() != FanOutVariant.IDIOM) {
            throw new IllegalArgumentException(model + ": the fan-out variants must start with the idiom, were " + variants);
        }
    }

    /** The model's name. */
    public String name() {
        return model.key();
    }

    /** The variants the model runs: its idiom, then its pitfalls. */
    public List<FanOutVariant> variants() {
        return variants;
    }

    /**
     * A fresh fan-out of {@code variant}.
     *
     * @throws IllegalArgumentException if the model does not have {@code variant}, naming the ones it has
     */
    public FanOut create(FanOutVariant variant) {
        return fanOut.apply(checkVariant(variant));
    }

    /**
     * Accepts {@code variant} if the model has it.
     *
     * @throws IllegalArgumentException naming the model's variants otherwise
     */
    public FanOutVariant checkVariant(FanOutVariant variant) {
        if (!variants.contains(variant)) {
            throw new IllegalArgumentException(name() + " has no fan-out variant '" + variant + "'; its variants: "
                    + variants.stream().map(FanOutVariant::label).collect(Collectors.joining(", ")));
        }
        return variant;
    }
}
