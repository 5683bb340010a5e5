package dev.vtvsreactive.reactor;

import dev.vtvsreactive.contract.HttpFaultContractTest;
import dev.vtvsreactive.lesson.LessonContext;
import dev.vtvsreactive.lesson.LessonModel;
import dev.vtvsreactive.lesson.ModelId;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/** Reactor over reactor-netty, its own HTTP stack, and over the JDK {@code HttpClient}: each fault reported alike. */
@ParameterizedClass(name = "{0}")
@MethodSource("dev.vtvsreactive.reactor.ReactorContractTest#lessonIds")
class ReactorHttpFaultContractTest extends HttpFaultContractTest {

    @Parameter
    ModelId id;

    @Override
    protected LessonModel createModel(LessonContext context) {
        return new ReactorPlugin().lesson(id, context);
    }
}
