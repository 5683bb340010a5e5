package dev.vtvsreactive.lesson.traces;

import dev.vtvsreactive.lesson.Model;
import dev.vtvsreactive.lesson.ModelVariants;
import java.util.List;
import java.util.function.Function;

/**
 * Makes one model's {@link StackTracesModel}, one per debug aid it has; a model hands it over from
 * {@link dev.vtvsreactive.lesson.ModelPlugin#stackTraces()}:
 *
 * <pre>{@code
 * new StackTracesFactory(Model.RXJAVA, List.of(DebugAid.NONE, DebugAid.ASSEMBLY_TRACKING), RxJavaStackTracesModel::new)
 * }</pre>
 */
public final class StackTracesFactory extends ModelVariants<DebugAid, StackTracesModel> {

    /**
     * @param model the model
     * @param aids  the aids the model has, {@link DebugAid#NONE} first, in the order they are reported;
     *              an aid this build cannot {@linkplain DebugAid#refusal() run} is listed, never made
     * @param make  makes the model's failing scenarios with one of the runnable {@code aids} switched on
     * @throws IllegalArgumentException if {@code aids} does not start with {@code none}
     */
    public StackTracesFactory(Model model, List<DebugAid> aids, Function<DebugAid, StackTracesModel> make) {
        super(model, "debug aid", aids, aid -> make.apply(aid.checkRunnable()));
        if (aids.isEmpty() || aids.getFirst() != DebugAid.NONE) {
            throw new IllegalArgumentException(model + ": the debug aids must start with none, were " + aids);
        }
    }
}
