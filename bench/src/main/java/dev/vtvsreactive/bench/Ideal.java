package dev.vtvsreactive.bench;

import dev.vtvsreactive.lesson.Lesson;
import dev.vtvsreactive.lesson.TimeScale;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * The time each benchmark would take if its concurrency model cost nothing: the lesson's delays at
 * the benchmark's scale, or the stub's latency times the rounds of requests it must wait for. The
 * report draws it beside every measured time and computes overhead = measured − ideal.
 */
public final class Ideal {

    /** Requests per operation of {@link #THROUGHPUT}. */
    public static final int THROUGHPUT_REQUESTS = 1_000;
    /** Requests in flight at once in {@link #THROUGHPUT}. */
    public static final int THROUGHPUT_CONCURRENCY = 100;

    public static final String GREET = "dev.vtvsreactive.bench.GreetBenchmark.greet";
    public static final String FETCH_DATA = "dev.vtvsreactive.bench.FetchDataBenchmark.fetchData";
    public static final String GATHER = "dev.vtvsreactive.bench.GatherBenchmark.gather";
    public static final String HTTP = "dev.vtvsreactive.bench.HttpBenchmark.http";
    public static final String THROUGHPUT = "dev.vtvsreactive.bench.HttpThroughputBenchmark.throughput";
    public static final String NO_WAIT_GREET = "dev.vtvsreactive.bench.NoWaitBenchmark.greet";
    public static final String NO_WAIT_FETCH_DATA = "dev.vtvsreactive.bench.NoWaitBenchmark.fetchData";
    public static final String NO_WAIT_GATHER = "dev.vtvsreactive.bench.NoWaitGatherBenchmark.gather";
    public static final String DEBUG_AID = "dev.vtvsreactive.bench.DebugAidBenchmark.gather";
    public static final String CONTEXT_PROPAGATION = "dev.vtvsreactive.bench.ContextPropagationBenchmark.gather";

    private Ideal() {
    }

    /**
     * The ideal time of one operation of {@code benchmark} (JMH's fully qualified name) with
     * {@code params} (JMH's {@code @Param} values: {@code scale}, {@code latencyMs}), or empty for a
     * benchmark this catalog does not know.
     */
    public static Optional<Duration> of(String benchmark, Map<String, String> params) {
        return switch (benchmark) {
            case GREET -> Optional.of(scale(params).of(Lesson.GREET_DELAY));
            case FETCH_DATA -> Optional.of(scale(params).of(Lesson.FETCH_DELAY));
            case GATHER -> Optional.of(scale(params).of(Lesson.longest(Lesson.GATHER_TASKS)));
            case HTTP -> Optional.of(latency(params));
            case THROUGHPUT -> Optional.of(latency(params).multipliedBy(THROUGHPUT_REQUESTS / THROUGHPUT_CONCURRENCY));
            case NO_WAIT_GREET, NO_WAIT_FETCH_DATA, NO_WAIT_GATHER, CONTEXT_PROPAGATION -> Optional.of(Duration.ZERO);
            case DEBUG_AID -> Optional.of(DebugAidBenchmark.IDEAL);
            default -> Optional.empty();
        };
    }

    private static TimeScale scale(Map<String, String> params) {
        return new TimeScale(Double.parseDouble(required(params, "scale")));
    }

    private static Duration latency(Map<String, String> params) {
        return Duration.ofMillis(Long.parseLong(required(params, "latencyMs")));
    }

    private static String required(Map<String, String> params, String name) {
        String value = params.get(name);
        if (value == null) {
            throw new IllegalArgumentException("benchmark row has no '" + name + "' parameter: " + params);
        }
        return value;
    }
}
