package dev.vtvsreactive.lesson.fanout;

import dev.vtvsreactive.lesson.Model;
import dev.vtvsreactive.lesson.ModelVariants;
import java.util.List;
import java.util.function.Function;

/**
 * Makes one model's {@link FanOut}s, one per child JVM of the experiment; a model hands it over from
 * {@link dev.vtvsreactive.lesson.ModelPlugin#fanOut()}:
 *
 * <pre>{@code
 * new FanOutFactory(Model.REACTOR, List.of(FanOutVariant.IDIOM, FanOutVariant.FLATMAP), ReactorFanOut::new)
 * }</pre>
 */
public final class FanOutFactory extends ModelVariants<FanOutVariant, FanOut> {

    /**
     * @param model    the model
     * @param variants the variants the model runs, in the order they are reported: its idiom, then its pitfalls
     * @param fanOut   makes a fresh fan-out of one of {@code variants}
     * @throws IllegalArgumentException if {@code variants} does not start with the idiom
     */
    public FanOutFactory(Model model, List<FanOutVariant> variants, Function<FanOutVariant, FanOut> fanOut) {
        super(model, "fan-out variant", variants, fanOut);
        if (variants.isEmpty() || variants.getFirst() != FanOutVariant.IDIOM) {
            throw new IllegalArgumentException(model + ": the fan-out variants must start with the idiom, were " + variants);
        }
    }
}
