package dev.vtvsreactive.lesson.context;

import dev.vtvsreactive.lesson.LessonContext;
import dev.vtvsreactive.lesson.Model;
import dev.vtvsreactive.lesson.ModelVariants;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * Makes one model's {@link ContextPropagationModel}, one per {@link Propagation} it has; a model
 * hands it over from {@link dev.vtvsreactive.lesson.ModelPlugin#contextPropagation()}:
 *
 * <pre>{@code
 * new ContextPropagationFactory(Model.RXJAVA, List.of(Propagation.NONE, Propagation.SCHEDULE_HANDLER), RxJavaContextPropagation::new)
 * }</pre>
 */
public final class ContextPropagationFactory extends ModelVariants<Propagation, ContextPropagationModel> {

    private final BiFunction<Propagation, LessonContext, ContextPropagationModel> make;

    /**
     * @param propagations the ones the model has, {@link Propagation#NONE} first, in the order they are reported
     * @param make         makes the model's scenarios with one of them, lines said in the context given
     * @throws IllegalArgumentException if {@code propagations} does not start with {@code none}
     */
    public ContextPropagationFactory(Model model, List<Propagation> propagations,
            BiFunction<Propagation, LessonContext, ContextPropagationModel> make) {
        super(model, "propagation", propagations, propagation -> make.apply(propagation, RequestLog.CONTEXT));
        if (propagations.isEmpty() || propagations.getFirst() != Propagation.NONE) {
            throw new IllegalArgumentException(model + ": the propagations must start with none, were " + propagations);
        }
        this.make = Objects.requireNonNull(make, "make");
    }

    /**
     * A fresh one of {@code propagation} whose lines are said in {@code context}, rather than
     * logged at {@link RequestLog#CONTEXT}'s scale: a benchmark's, say, with no waits.
     *
     * @throws IllegalArgumentException if the model does not have {@code propagation}
     */
    public ContextPropagationModel create(Propagation propagation, LessonContext context) {
        return make.apply(checkVariant(propagation), Objects.requireNonNull(context, "context"));
    }
}
