package dev.vtvsreactive.bench.load;

import dev.vtvsreactive.bench.load.LoadRun.Percentiles;
import dev.vtvsreactive.bench.load.LoadRun.Point;
import dev.vtvsreactive.lesson.http.Post;
import dev.vtvsreactive.lesson.load.LoadRecorder;
import dev.vtvsreactive.lesson.load.LoadSchedule;
import dev.vtvsreactive.stub.StubData;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramIterationValue;

/**
 * Records one schedule's GETs as they end, from any thread: each answered GET's latency from when
 * it was due, in an HdrHistogram of microseconds with three significant digits; each failure, and
 * each answer that is not the post asked for, as an error, the first one's message kept.
 */
final class LatencyRecorder implements LoadRecorder {

    private static final long HIGHEST_MICROS = TimeUnit.HOURS.toMicros(1);
    private static final int SIGNIFICANT_DIGITS = 3;
    /** Points per halving of the distance to 100 % in the distribution: HdrHistogram's own plots use 5. */
    private static final int TICKS_PER_HALF_DISTANCE = 5;

    private final LoadSchedule schedule;
    private final Histogram latency = new ConcurrentHistogram(HIGHEST_MICROS, SIGNIFICANT_DIGITS);
    private final LongAdder answered = new LongAdder();
    private final LongAdder errors = new LongAdder();
    private final AtomicReference<String> firstError = new AtomicReference<>();
    private final AtomicLong firstDue = new AtomicLong(Long.MAX_VALUE);
    private final AtomicLong lastEnd = new AtomicLong(Long.MIN_VALUE);

    LatencyRecorder(LoadSchedule schedule) {
        this.schedule = schedule;
    }

    @Override
    public void answered(long index, long dueNanos, Post post) {
        long end = System.nanoTime();
        Post expected = StubData.post(schedule.postId(index)).orElseThrow();
        if (expected.equals(post)) {
            latency.recordValue(Math.clamp(TimeUnit.NANOSECONDS.toMicros(end - dueNanos), 0, HIGHEST_MICROS));
            answered.increment();
        } else {
            error("GET " + index + " answered " + post + " instead of post " + expected.id());
        }
        ended(dueNanos, end);
    }

    @Override
    public void failed(long index, long dueNanos, Throwable error) {
        long end = System.nanoTime();
        error("GET " + index + " failed: " + error);
        ended(dueNanos, end);
    }

    /**
     * What the schedule's GETs came to.
     *
     * @param cpuNanos       the client's CPU time while they ran
     * @param allocatedBytes the client's heap allocation while they ran
     * @param peakThreads    the most platform threads the client had meanwhile
     * @throws IllegalStateException if some GET of the schedule never ended
     */
    LoadRun run(String model, int rate, long cpuNanos, long allocatedBytes, int peakThreads) {
        long ended = answered.sum() + errors.sum();
        if (ended != schedule.requests()) {
            throw new IllegalStateException(model + " at " + rate + " GETs/s: " + ended + " of the schedule's "
                    + schedule.requests() + " GETs ended");
        }
        double seconds = Math.max(1, lastEnd.get() - firstDue.get()) / 1e9;
        return new LoadRun(model, rate, schedule.requests(), answered.sum(), errors.sum(), firstError.get(),
                answered.sum() / seconds, percentiles(), distribution(),
                cpuNanos / 1e3 / schedule.requests(), (double) allocatedBytes / schedule.requests(), peakThreads);
    }

    private void error(String message) {
        errors.increment();
        firstError.compareAndSet(null, message);
    }

    private void ended(long dueNanos, long end) {
        firstDue.accumulateAndGet(dueNanos, Math::min);
        lastEnd.accumulateAndGet(end, Math::max);
    }

    private Percentiles percentiles() {
        return new Percentiles(at(50), at(90), at(99), at(99.9), millis(latency.getMaxValue()));
    }

    private double at(double percentile) {
        return millis(latency.getValueAtPercentile(percentile));
    }

    private List<Point> distribution() {
        List<Point> points = new ArrayList<>();
        for (HistogramIterationValue value : latency.percentiles(TICKS_PER_HALF_DISTANCE)) {
            points.add(new Point(value.getPercentileLevelIteratedTo(), millis(value.getValueIteratedTo())));
        }
        return points;
    }

    private static double millis(long micros) {
        return micros / 1e3;
    }
}
