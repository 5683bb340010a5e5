package dev.vtvsreactive.bench.traces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.vtvsreactive.lesson.traces.Mention;
import dev.vtvsreactive.lesson.traces.NamedMethod;
import dev.vtvsreactive.lesson.traces.TracedFailure;
import org.junit.jupiter.api.Test;

/** What the probe measures of a caught exception: the whole chain's frames, the suite's own, and how a method is named. */
class TracedFailureTest {

    private static final NamedMethod SCENARIO = new NamedMethod("dev.vtvsreactive.reactor.ReactorFailures", "gather");
    private static final NamedMethod CALLER = new NamedMethod("dev.vtvsreactive.app.Service", "call");

    private static StackTraceElement frame(String className, String method) {
        return new StackTraceElement(className, method, className.substring(className.lastIndexOf('.') + 1) + ".java", 7);
    }

    private static RuntimeException thrown(String message, StackTraceElement... frames) {
        RuntimeException thrown = new RuntimeException(message);
        thrown.setStackTrace(frames);
        return thrown;
    }

    @Test
    void countsTheFramesOfTheWholeChainCausesAndSuppressedIncludedEachOnce() {
        RuntimeException cause = thrown("cause", frame("java.lang.Thread", "run"), frame("dev.vtvsreactive.lesson.Job", "finish"));
        RuntimeException suppressed = thrown("suppressed", frame("reactor.core.publisher.Mono", "block"));
        RuntimeException caught = thrown("caught", frame("java.util.concurrent.FutureTask", "run"));
        caught.initCause(cause);
        caught.addSuppressed(suppressed);
        suppressed.addSuppressed(cause);

        TracedFailure traced = TracedFailure.of(caught, SCENARIO, CALLER);

        assertThat(TracedFailure.chain(caught)).containsExactly(caught, cause, suppressed);
        assertThat(traced.frames()).isEqualTo(4);
        assertThat(traced.ownFrames()).isEqualTo(1);
        assertThat(traced.exception()).isEqualTo(RuntimeException.class.getName());
        assertThat(traced.message()).isEqualTo("caught");
        assertThat(traced.trace()).first().isEqualTo("java.lang.RuntimeException: caught");
        assertThat(traced.lines()).isEqualTo(traced.trace().size());
    }

    @Test
    void aMethodsOwnFrameOutranksALambdaOfItWhichOutranksAMessageNamingIt() {
        StackTraceElement own = frame(SCENARIO.className(), "gather");
        StackTraceElement lambda = frame(SCENARIO.className(), "lambda$gather$2");
        String assembly = "Assembly trace: *__Mono.defer ⇢ at dev.vtvsreactive.reactor.ReactorFailures.gather(ReactorFailures.java:54)";

        assertThat(TracedFailure.of(thrown(assembly, lambda, own), SCENARIO, CALLER).scenarioNamed()).isEqualTo(Mention.FRAME);
        assertThat(TracedFailure.of(thrown(assembly, lambda), SCENARIO, CALLER).scenarioNamed()).isEqualTo(Mention.LAMBDA);
        assertThat(TracedFailure.of(thrown(assembly), SCENARIO, CALLER).scenarioNamed()).isEqualTo(Mention.MESSAGE);
        assertThat(TracedFailure.of(thrown("ReactorFailures.gather, in words"), SCENARIO, CALLER).scenarioNamed())
                .as("a description in words is not the method").isEqualTo(Mention.NONE);
        assertThat(TracedFailure.of(thrown(assembly, own), SCENARIO, CALLER).callerNamed()).isEqualTo(Mention.NONE);
    }

    @Test
    void aSuppressedExceptionsMessageCountsAsTheTracesToo() {
        RuntimeException caught = thrown("caught");
        caught.addSuppressed(thrown("\tdev.vtvsreactive.app.Service.call(Service.java:12)"));

        assertThat(TracedFailure.of(caught, SCENARIO, CALLER).callerNamed()).isEqualTo(Mention.MESSAGE);
    }

    @Test
    void aNamedMethodMustExistAndIsFoundByItsFramesAndLambdas() {
        NamedMethod method = NamedMethod.of(TracedFailure.class, "of");

        assertThat(method.qualified()).isEqualTo("dev.vtvsreactive.lesson.traces.TracedFailure.of");
        assertThat(method.simple()).isEqualTo("TracedFailure.of");
        assertThat(method.isFrame(frame(TracedFailure.class.getName(), "of"))).isTrue();
        assertThat(method.isFrame(frame(TracedFailure.class.getName(), "offset"))).isFalse();
        assertThat(method.isLambdaFrame(frame(TracedFailure.class.getName(), "lambda$of$0"))).isTrue();
        assertThat(method.isLambdaFrame(frame(TracedFailure.class.getName(), "lambda$offset$0"))).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> NamedMethod.of(TracedFailure.class, "gather"))
                .withMessage("dev.vtvsreactive.lesson.traces.TracedFailure declares no method gather");
    }
}
