package dev.vtvsreactive.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Every benchmark, with every model, through JMH end to end: one short measurement in this JVM
 * (no fork, no warmup), failing on error as {@code ./mvnw verify} does, so a model whose answer a
 * benchmark rejects fails here long before a full run.
 */
@Timeout(120)
class BenchmarkRunTest {

    /** Each benchmark with the state that carries its {@code model} parameter. */
    private static final Map<String, Class<?>> BENCHMARKS = Map.of(
            Ideal.GREET, LessonState.class,
            Ideal.FETCH_DATA, LessonState.class,
            Ideal.GATHER, LessonState.class,
            Ideal.HTTP, HttpState.class,
            Ideal.THROUGHPUT, HttpState.class,
            Ideal.NO_WAIT_GREET, NoWaitState.class,
            Ideal.NO_WAIT_FETCH_DATA, NoWaitState.class,
            Ideal.NO_WAIT_GATHER, NoWaitState.class);

    /** Every row a full run measures, at one latency: the models come from the states' {@code @Param}. */
    static Stream<Arguments> everyBenchmarkWithEveryModel() throws NoSuchFieldException {
        Stream.Builder<Arguments> rows = Stream.builder();
        for (Map.Entry<String, Class<?>> benchmark : new TreeMap<>(BENCHMARKS).entrySet()) {
            for (String model : benchmark.getValue().getField("model").getAnnotation(Param.class).value()) {
                rows.add(Arguments.of(benchmark.getKey(), model));
            }
        }
        return rows.build();
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("everyBenchmarkWithEveryModel")
    void runsAndScoresNoLessThanItsIdeal(String benchmark, String model) throws RunnerException {
        RunResult run = runOnce(benchmark,
                options -> options.param("model", model).param("latencyMs", "10").param("tasks", "100"));

        BenchmarkParams params = run.getParams();
        assertThat(params.getBenchmark()).isEqualTo(benchmark);
        assertThat(params.getParam("model")).isEqualTo(model);
        Result<?> score = run.getPrimaryResult();
        assertThat(score.getScoreUnit()).isIn("ms/op", "us/op");
        assertThat(score.getSampleCount()).isPositive();
        // Names match the report's catalog, and no operation can end before the waits it is made of:
        // a lower score would mean the benchmark measured something other than the scenario.
        Duration ideal = Ideal.of(benchmark, paramsOf(params)).orElseThrow();
        double nanosPerUnit = score.getScoreUnit().equals("ms/op") ? 1e6 : 1e3;
        assertThat(score.getScore()).isGreaterThanOrEqualTo(ideal.toNanos() / nanosPerUnit);
    }

    @Test
    void anUnknownModelFailsTheRunNamingIt() {
        assertThatThrownBy(() -> runOnce(Ideal.GREET, options -> options.param("model", "no-such-model")))
                .isInstanceOf(RunnerException.class)
                .hasStackTraceContaining("unknown model 'no-such-model'");
    }

    private static RunResult runOnce(String benchmark, Function<ChainedOptionsBuilder, ChainedOptionsBuilder> params)
            throws RunnerException {
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include("^" + Pattern.quote(benchmark) + "$")
                .forks(0)
                .warmupIterations(0)
                .measurementIterations(1)
                .measurementTime(TimeValue.milliseconds(200))
                .timeout(TimeValue.seconds(60))
                .shouldFailOnError(true)
                .verbosity(VerboseMode.SILENT);
        Collection<RunResult> results = new Runner(params.apply(options).build()).run();
        assertThat(results).hasSize(1);
        return results.iterator().next();
    }

    private static Map<String, String> paramsOf(BenchmarkParams params) {
        return params.getParamsKeys().stream().collect(Collectors.toMap(Function.identity(), params::getParam));
    }
}
