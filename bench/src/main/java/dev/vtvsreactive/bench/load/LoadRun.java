package dev.vtvsreactive.bench.load;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonProperty.Access;
import java.util.List;
import java.util.Objects;

/**
 * One model at one offered rate of an open-loop load: what it achieved, the latency of its GETs
 * from when each was due (HdrHistogram, microsecond resolution), and what the client cost.
 *
 * @param model               the model's name
 * @param rate                the rate offered, in GETs a second
 * @param requests            how many GETs the schedule held
 * @param answered            how many were answered with the right post
 * @param errors              how many failed, or answered a wrong post
 * @param firstError          the first failure's message, or null
 * @param achievedPerSecond   answered GETs a second, from the first GET's due time to the last GET's end
 * @param latencyMs           the latency's percentiles, in milliseconds
 * @param distribution        the latency by percentile, for a chart (HdrHistogram's percentile iteration)
 * @param cpuMicrosPerRequest the client JVM's CPU time (every thread, user and system) per GET
 * @param bytesPerRequest     the client JVM's heap allocation per GET; null where it is not measured (asyncio)
 * @param peakThreads         the most platform threads the client JVM had while the rate ran
 */
public record LoadRun(String model, int rate, int requests, long answered, long errors, String firstError,
                      double achievedPerSecond, Percentiles latencyMs, List<Point> distribution,
                      double cpuMicrosPerRequest, Double bytesPerRequest, int peakThreads) {

    public LoadRun {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(latencyMs, "latencyMs");
        distribution = List.copyOf(distribution);
    }

    /**
     * Whether the model sustained the rate: no GET failed, it answered at least
     * {@value LoadPlan#SUSTAINED_SHARE} of the rate and kept p99 within {@code p99BoundMs}.
     */
    public boolean sustained(double p99BoundMs) {
        return errors == 0 && achievedPerSecond >= LoadPlan.SUSTAINED_SHARE * rate && latencyMs.p99() <= p99BoundMs;
    }

    /** The share of the rate offered that the model achieved. */
    @JsonProperty(access = Access.READ_ONLY)
    public double achievedShare() {
        return achievedPerSecond / rate;
    }

    /** Latency percentiles, in milliseconds. */
    public record Percentiles(double p50, double p90, double p99, double p999, double max) {
    }

    /** The latency at {@code percentile} (0 to 100), in milliseconds. */
    public record Point(double percentile, double ms) {
    }
}
