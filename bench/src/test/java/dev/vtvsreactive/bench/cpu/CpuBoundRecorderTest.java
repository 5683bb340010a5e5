package dev.vtvsreactive.bench.cpu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import dev.vtvsreactive.lesson.TimeScale;
import dev.vtvsreactive.lesson.cpu.CpuBoundVariant;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CpuBoundRecorderTest {

    private static final CpuBoundPlan PLAN = CpuBoundPlan.at(TimeScale.LESSON, CpuWork.of(1_000));
    private static final CpuBoundRun.Jvm JVM = new CpuBoundRun.Jvm(1, false, Map.of());

    private final CpuBoundRecorder recorder = new CpuBoundRecorder();

    private CpuBoundRun run() {
        return recorder.run("model", CpuBoundVariant.FIXED, "wiring", JVM, PLAN, 168);
    }

    @Test
    void itStampsEveryEventInTheOrderItHappened() {
        recorder.tick();
        recorder.sleepUntil(Duration.ofMillis(5));
        assertThat(recorder.cpu(() -> {
            recorder.tick();
            return 168;
        })).isEqualTo(168);
        recorder.asked();
        recorder.replied();
        recorder.tick();
        recorder.finish();

        CpuBoundRun run = run();
        assertThat(run.ticksMs()).hasSize(3).isSorted();
        assertThat(run.ticksMs().get(1)).isBetween(run.cpuMs().startMs(), run.cpuMs().endMs());
        assertThat(run.cpuMs().startMs()).isGreaterThanOrEqualTo(5);
        assertThat(run.askMs()).isGreaterThanOrEqualTo(run.cpuMs().endMs());
        assertThat(run.replyMs()).isGreaterThanOrEqualTo(run.askMs()).isLessThanOrEqualTo(run.ticksMs().get(2));
        assertThat(run.endMs()).isGreaterThanOrEqualTo(run.ticksMs().get(2));
        assertThat(run.model()).isEqualTo("model");
        assertThat(run.primes()).isEqualTo(168);
    }

    @Test
    void ticksAfterTheEndAreDropped() {
        recorder.cpu(() -> 0);
        recorder.asked();
        recorder.replied();
        recorder.tick();
        recorder.finish();
        recorder.tick();

        assertThat(run().ticksMs()).hasSize(1);
    }

    @Test
    void aRunMissingAnEventNamesIt() {
        recorder.cpu(() -> 0);
        recorder.asked();
        recorder.finish();

        assertThatIllegalStateException().isThrownBy(this::run).withMessage("the reply was never recorded");
    }
}
