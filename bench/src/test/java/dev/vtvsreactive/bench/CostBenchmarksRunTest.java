package dev.vtvsreactive.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Every variant of the two cost benchmarks (the debug aids', the context propagations') runs, checks
 * its gather's results and scores no less than its ideal. They run in this JVM, their hooks switched
 * off again after each; the debug agent, which cannot be, runs in a fork of its own.
 */
@Timeout(120)
class CostBenchmarksRunTest {

    private static final String AGENT = "reactor/reactor-debug-agent";

    static Stream<Arguments> everyVariant() throws NoSuchFieldException {
        return Stream.concat(
                variants(DebugAidBenchmark.Aided.class).map(variant -> Arguments.of(Ideal.DEBUG_AID, variant)),
                variants(ContextPropagationBenchmark.Propagating.class).map(variant -> Arguments.of(Ideal.CONTEXT_PROPAGATION, variant)));
    }

    private static Stream<String> variants(Class<?> state) throws NoSuchFieldException {
        return Arrays.stream(state.getField("variant").getAnnotation(Param.class).value());
    }

    @ParameterizedTest(name = "{0} with {1}")
    @MethodSource("everyVariant")
    void runsAndScoresNoLessThanItsIdeal(String benchmark, String variant) throws RunnerException {
        RunResult run = runOnce(benchmark, variant, variant.equals(AGENT) ? 1 : 0);

        Result<?> score = run.getPrimaryResult();
        assertThat(run.getParams().getParam("variant")).isEqualTo(variant);
        assertThat(score.getScoreUnit()).isEqualTo("us/op");
        assertThat(score.getSampleCount()).isPositive();
        Duration ideal = Ideal.of(benchmark, Map.of()).orElseThrow();
        assertThat(score.getScore()).isGreaterThanOrEqualTo(ideal.toNanos() / 1e3);
    }

    @Test
    void aPropagationTheModelDoesNotHaveFailsTheRunNamingIt() {
        assertThatThrownBy(() -> runOnce(Ideal.CONTEXT_PROPAGATION, "rxjava/mdc-copy", 0))
                .isInstanceOf(RunnerException.class)
                .hasStackTraceContaining("rxjava has no propagation 'mdc-copy'");
    }

    @Test
    void anUnknownAidFailsTheRunNamingIt() {
        assertThatThrownBy(() -> runOnce(Ideal.DEBUG_AID, "reactor/no-such-aid", 0))
                .isInstanceOf(RunnerException.class)
                .hasStackTraceContaining("unknown debug aid 'no-such-aid'");
    }

    private static RunResult runOnce(String benchmark, String variant, int forks) throws RunnerException {
        Collection<RunResult> results = new Runner(new OptionsBuilder()
                .include("^" + Pattern.quote(benchmark) + "$")
                .param("variant", variant)
                .forks(forks)
                .warmupIterations(0)
                .measurementIterations(1)
                .measurementTime(TimeValue.milliseconds(200))
                .timeout(TimeValue.seconds(60))
                .shouldFailOnError(true)
                .verbosity(VerboseMode.SILENT)
                .build()).run();
        assertThat(results).hasSize(1);
        return results.iterator().next();
    }
}
