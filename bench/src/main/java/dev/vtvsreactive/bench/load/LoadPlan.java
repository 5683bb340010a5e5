package dev.vtvsreactive.bench.load;

import dev.vtvsreactive.lesson.http.HttpTimeouts;
import dev.vtvsreactive.lesson.load.LoadSchedule;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * What an open-loop load sweep runs: for each model, in a child JVM of its own, a warm-up at the
 * lowest rate, then each of {@code rates} for {@code durationMs}, against a stub that answers
 * every GET after {@code latencyMs}.
 *
 * @param rates      the offered rates, in GETs a second, increasing
 * @param durationMs how long each rate is offered
 * @param warmupMs   how long the lowest rate is offered first, unrecorded: the client's connections and the JIT settle
 * @param latencyMs  how long the stub waits before answering each GET: a sustained rate keeps p99 within twice it
 *                   (within 1 ms at a latency of 0, where only the client, loopback and the stub's own work are left)
 * @param timeoutMs  how long each GET may wait for its answer (and at most 5 s of it to connect)
 */
public record LoadPlan(List<Integer> rates, long durationMs, long warmupMs, long latencyMs, long timeoutMs) {

    public static final List<Integer> DEFAULT_RATES = List.of(500, 1_000, 2_000, 4_000);
    public static final long DEFAULT_DURATION_MS = 10_000;
    public static final long DEFAULT_WARMUP_MS = 5_000;
    public static final long DEFAULT_LATENCY_MS = 10;
    public static final long MAX_LATENCY_MS = 60_000;
    /** The suite's default response timeout, as for the lesson's two GETs. */
    public static final long DEFAULT_TIMEOUT_MS = HttpTimeouts.DEFAULT.response().toMillis();
    /** A sustained rate keeps p99 within this many times the stub's latency... */
    public static final double SUSTAINED_P99_FACTOR = 2;
    /** ...and never asks for less than this. */
    public static final double SUSTAINED_P99_FLOOR_MS = 1;
    /** ...answers at least this share of the rate offered, and fails no GET. */
    public static final double SUSTAINED_SHARE = 0.95;

    /** A child JVM's start-up and the drain of its last GETs, beyond its schedules and timeouts. */
    private static final Duration CHILD_SLACK = Duration.ofSeconds(60);

    public LoadPlan {
        rates = List.copyOf(rates);
        if (rates.isEmpty()) {
            throw new IllegalArgumentException("a load needs at least one rate");
        }
        for (int i = 0; i < rates.size(); i++) {
            if (rates.get(i) < 1) {
                throw new IllegalArgumentException("a rate must be at least 1 request a second, was " + rates.get(i));
            }
            if (i > 0 && rates.get(i) <= rates.get(i - 1)) {
                throw new IllegalArgumentException("rates must increase, were " + rates);
            }
        }
        if (durationMs < 1) {
            throw new IllegalArgumentException("a load's duration must be positive, was " + durationMs + " ms");
        }
        if (warmupMs < 0) {
            throw new IllegalArgumentException("a load's warm-up cannot be negative, was " + warmupMs + " ms");
        }
        if (latencyMs < 0 || latencyMs > MAX_LATENCY_MS) {
            throw new IllegalArgumentException("the stub's latency must be 0 to " + MAX_LATENCY_MS + " ms, was " + latencyMs + " ms");
        }
        HttpTimeouts.answeringWithin(Duration.ofMillis(timeoutMs));
        // Each rate must make a schedule: a compact constructor has no fields to call schedule() on yet.
        for (int rate : rates) {
            LoadSchedule.of(rate, Duration.ofMillis(durationMs));
        }
    }

    /** The schedule of {@code rate} GETs a second for the plan's duration. */
    public LoadSchedule schedule(int rate) {
        return LoadSchedule.of(rate, Duration.ofMillis(durationMs));
    }

    /** The warm-up's schedule, at the lowest rate; empty when there is none. */
    public List<LoadSchedule> warmup() {
        return warmupMs == 0 ? List.of() : List.of(LoadSchedule.of(rates.getFirst(), Duration.ofMillis(warmupMs)));
    }

    /** Each GET's timeouts. */
    public HttpTimeouts timeouts() {
        return HttpTimeouts.answeringWithin(Duration.ofMillis(timeoutMs));
    }

    /** How long a model's child JVM may take: every schedule, each ended by a last GET that times out, and start-up. */
    public Duration childBound() {
        Duration schedules = Duration.ofMillis(warmupMs + durationMs * rates.size());
        return schedules.plus(timeouts().total().multipliedBy(rates.size() + 1L)).plus(CHILD_SLACK);
    }

    /** The p99 a sustained rate stays within: {@value #SUSTAINED_P99_FACTOR} times the latency, at least {@value #SUSTAINED_P99_FLOOR_MS} ms. */
    public double sustainedP99Ms() {
        return Math.max(SUSTAINED_P99_FACTOR * latencyMs, SUSTAINED_P99_FLOOR_MS);
    }

    /** {@code 500, 1000/s for 10 s after 5 s, 10 ms latency}. */
    public String describe() {
        return String.format(Locale.ROOT, "%s GETs/s for %s s each after %s s, stub latency %d ms",
                String.join(", ", rates.stream().map(String::valueOf).toList()), seconds(durationMs), seconds(warmupMs), latencyMs);
    }

    private static String seconds(long millis) {
        return millis % 1000 == 0 ? String.valueOf(millis / 1000) : String.format(Locale.ROOT, "%.1f", millis / 1000.0);
    }
}
