package dev.vtvsreactive.lesson.fanout;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Makes one model's {@link FanOut}. Each model module registers a subclass as a
 * {@link java.util.ServiceLoader service}, so that {@link FanOutExperiment} finds it by name:
 *
 * <pre>{@code
 * public static final class Factory extends FanOutFactory {
 *     public Factory() {
 *         super(ReactorModel.NAME, List.of(FanOutVariant.IDIOM, FanOutVariant.FLAT_MAP), ReactorFanOut::new);
 *     }
 * }
 * }</pre>
 */
public abstract class FanOutFactory {

    private final String name;
    private final List<FanOutVariant> variants;
    private final Function<FanOutVariant, FanOut> fanOut;

    /**
     * @param name     the model's name, as {@link dev.vtvsreactive.lesson.LessonModels} lists it
     * @param variants the variants the model runs, in the order they are reported: its idiom, then its pitfalls
     * @param fanOut   makes a fresh fan-out of one of {@code variants}
     * @throws IllegalArgumentException if {@code variants} does not start with the idiom
     */
    protected FanOutFactory(String name, List<FanOutVariant> variants, Function<FanOutVariant, FanOut> fanOut) {
        this.name = Objects.requireNonNull(name, "name");
        this.variants = List.copyOf(variants);
        this.fanOut = Objects.requireNonNull(fanOut, "fanOut");
        if (this.variants.isEmpty() || this.variants.getFirst() != FanOutVariant.IDIOM) {
            throw new IllegalArgumentException(name + ": the fan-out variants must start with the idiom, were " + variants);
        }
    }

    /** The model's name. */
    public final String name() {
        return name;
    }

    /** The variants the model runs: its idiom, then its pitfalls. */
    public final List<FanOutVariant> variants() {
        return variants;
    }

    /**
     * A fresh fan-out of {@code variant}.
     *
     * @throws IllegalArgumentException if the model does not have {@code variant}, naming the ones it has
     */
    public final FanOut create(FanOutVariant variant) {
        return fanOut.apply(checkVariant(variant));
    }

    /**
     * Accepts {@code variant} if the model has it.
     *
     * @throws IllegalArgumentException naming the model's variants otherwise
     */
    public final FanOutVariant checkVariant(FanOutVariant variant) {
        if (!variants.contains(variant)) {
            throw new IllegalArgumentException(name + " has no fan-out variant '" + variant + "'; its variants: "
                    + variants.stream().map(FanOutVariant::label).collect(Collectors.joining(", ")));
        }
        return variant;
    }
}
