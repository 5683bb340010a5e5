package dev.vtvsreactive.reactor;

import dev.vtvsreactive.contract.LessonContractTest;
import dev.vtvsreactive.lesson.LessonContext;
import dev.vtvsreactive.lesson.LessonModel;
import dev.vtvsreactive.lesson.ModelId;
import java.util.List;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every lesson the plugin offers is held to the same contract: reactor-netty, and the labelled
 * variant over the JDK {@code HttpClient}: only the transport differs.
 */
@ParameterizedClass(name = "{0}")
@MethodSource("lessonIds")
class ReactorContractTest extends LessonContractTest {

    @Parameter
    ModelId id;

    static List<ModelId> lessonIds() {
        return new ReactorPlugin().lessonIds();
    }

    @Override
    protected LessonModel createModel(LessonContext context) {
        return new ReactorPlugin().lesson(id, context);
    }
}
