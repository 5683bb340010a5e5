package dev.vtvsreactive.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.within;

import dev.vtvsreactive.lesson.load.LoadSchedule;
import dev.vtvsreactive.stub.StubData;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class LatencyRecorderTest {

    /** A GET due {@code ago} before now, so that its latency is at least that. */
    private static long dueAgo(Duration ago) {
        return System.nanoTime() - ago.toNanos();
    }

    @Test
    void recordsEachAnswersLatencyFromWhenItWasDue() {
        LoadSchedule schedule = new LoadSchedule(100, Duration.ofMillis(1));
        LatencyRecorder recorder = new LatencyRecorder(schedule);
        for (int index = 0; index < 100; index++) {
            // GET i answered i + 1 ms after it was due: 1 to 100 ms.
            recorder.answered(index, dueAgo(Duration.ofMillis(index + 1)), StubData.post(schedule.postId(index)).orElseThrow());
        }

        LoadRun run = recorder.run("fake", 1_000, TimeUnit.MILLISECONDS.toNanos(50), 100_000, 7);

        assertThat(run.answered()).isEqualTo(100);
        assertThat(run.errors()).isZero();
        assertThat(run.firstError()).isNull();
        assertThat(run.latencyMs().p50()).isCloseTo(50, within(1.0));
        assertThat(run.latencyMs().p99()).isCloseTo(99, within(1.0));
        assertThat(run.latencyMs().max()).isCloseTo(100, within(1.0));
        assertThat(run.distribution()).isNotEmpty();
        assertThat(run.distribution().getLast().percentile()).isEqualTo(100);
        assertThat(run.cpuMicrosPerRequest()).isEqualTo(500);
        assertThat(run.bytesPerRequest()).isEqualTo(1_000);
        assertThat(run.peakThreads()).isEqualTo(7);
    }

    @Test
    void countsAFailureAndAWrongPostAsErrorsKeepingTheFirstMessage() {
        LoadSchedule schedule = new LoadSchedule(3, Duration.ofMillis(1));
        LatencyRecorder recorder = new LatencyRecorder(schedule);
        recorder.failed(0, dueAgo(Duration.ZERO), new IOException("connection refused"));
        recorder.answered(1, dueAgo(Duration.ZERO), StubData.post(50).orElseThrow());
        recorder.answered(2, dueAgo(Duration.ZERO), StubData.post(3).orElseThrow());

        LoadRun run = recorder.run("fake", 1_000, 0, 0, 1);

        assertThat(run.answered()).isEqualTo(1);
        assertThat(run.errors()).isEqualTo(2);
        assertThat(run.firstError()).isEqualTo("GET 0 failed: java.io.IOException: connection refused");
        assertThat(run.sustained(1_000)).isFalse();
    }

    @Test
    void refusesASchedulewhoseGetsDidNotAllEnd() {
        LoadSchedule schedule = new LoadSchedule(3, Duration.ofMillis(1));
        LatencyRecorder recorder = new LatencyRecorder(schedule);
        recorder.answered(0, dueAgo(Duration.ZERO), StubData.post(1).orElseThrow());

        assertThatIllegalStateException().isThrownBy(() -> recorder.run("fake", 1_000, 0, 0, 1))
                .withMessage("fake at 1000 GETs/s: 1 of the schedule's 3 GETs ended");
    }
}
