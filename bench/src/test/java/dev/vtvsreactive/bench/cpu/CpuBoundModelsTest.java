package dev.vtvsreactive.bench.cpu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.vtvsreactive.bench.EveryModel;
import dev.vtvsreactive.bench.ExperimentModels;
import dev.vtvsreactive.lesson.LessonModels;
import dev.vtvsreactive.lesson.TimeScale;
import dev.vtvsreactive.lesson.cpu.CpuBound;
import dev.vtvsreactive.lesson.cpu.CpuBoundFactory;
import dev.vtvsreactive.lesson.cpu.CpuBoundVariant;
import java.time.Duration;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The CPU-bound experiment's behaviour, which every model is held to, run for each model as the CLI
 * runs it, through {@link CpuBoundExperiment}: each variant once per model, shared by the tests.
 *
 * <p>Behaviour, not speed: whether the heartbeat ticks inside the CPU task's window, and whether
 * the reply comes before or after the task ends, never how long anything took.
 */
@Timeout(120)
class CpuBoundModelsTest extends EveryModel<CpuBoundVariant, CpuBoundRun> {

    /** CPU work of about 175 ms: 17 heartbeat periods, yet a fast suite. */
    protected static final TimeScale SCALE = new TimeScale(0.35);

    /** How far inside the CPU window a tick must fall to count: clock stamps taken on two threads may meet at its edges. */
    private static final double EDGE_MS = 1;

    protected CpuBoundPlan plan;

    @BeforeAll
    void calibrate() {
        plan = CpuBoundPlan.calibrate(SCALE);
    }

    /** The run of {@code variant}, made the first time it is asked for. */
    protected CpuBoundRun run(CpuBoundVariant variant) {
        return measured(variant, v -> CpuBoundExperiment.run(model, v, plan));
    }

    @Test
    void isRegisteredUnderItsModelsName() {
        assertThat(ExperimentModels.available()).contains(model);
        assertThat(LessonModels.available()).contains(model);
        assertThat(LessonModels.plugin(model).cpuBound().variants())
                .contains(CpuBoundVariant.BLOCKED, CpuBoundVariant.FIXED);
    }

    @Test
    void onTheSingleLoopTheHeartbeatDoesNotTickWhileTheCpuWorks() {
        CpuBoundRun blocked = run(CpuBoundVariant.BLOCKED);

        assertThat(blocked.ticksDuring(inside(blocked.cpuMs()))).as("ticks inside the CPU window").isEmpty();
        assertThat(blocked.ticksMs()).as("ticks before the CPU work, then after it")
                .filteredOn(tick -> tick < blocked.cpuMs().startMs()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(blocked.ticksMs()).filteredOn(tick -> tick > blocked.cpuMs().endMs()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(blocked.worstGapMs()).isGreaterThanOrEqualTo(blocked.cpuTimeMs());
    }

    @Test
    void withTheFixTheHeartbeatTicksThroughTheCpuWork() {
        CpuBoundRun fixed = run(CpuBoundVariant.FIXED);

        assertThat(fixed.ticksDuring(inside(fixed.cpuMs()))).as("ticks inside the CPU window").hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void theCpuTaskCountsThePrimesRightInEveryVariant() {
        for (CpuBoundVariant variant : LessonModels.plugin(model).cpuBound().variants()) {
            assertThat(run(variant).primes()).as(variant.label()).isEqualTo(plan.work().primes());
        }
    }

    @Test
    void onTheSingleLoopTheReplyWaitsForTheCpuWork() {
        CpuBoundRun blocked = run(CpuBoundVariant.BLOCKED);

        assertThat(blocked.askMs()).isBetween(blocked.cpuMs().startMs(), blocked.cpuMs().endMs());
        assertThat(blocked.replyMs()).isGreaterThanOrEqualTo(blocked.cpuMs().endMs());
    }

    @Test
    void withTheFixTheReplyComesWhileTheCpuWorks() {
        CpuBoundRun fixed = run(CpuBoundVariant.FIXED);

        assertThat(fixed.replyMs()).isBetween(fixed.askMs() + plan.replySleepMs(), fixed.cpuMs().endMs());
    }

    @Test
    void everyRunFollowsThePlanAndNamesItsWiring() {
        for (CpuBoundVariant variant : LessonModels.plugin(model).cpuBound().variants()) {
            CpuBoundRun run = run(variant);
            assertThat(run.model()).isEqualTo(model);
            assertThat(run.variant()).isEqualTo(variant);
            assertThat(run.plan()).isEqualTo(plan);
            assertThat(run.wiring()).isNotBlank();
            assertThat(run.cpuMs().startMs()).isGreaterThanOrEqualTo(plan.cpuStartMs());
        }
    }

    @Test
    void aModelWithStartUpOptionsRunsEveryVariantInAChildJvmStartedWithThem() {
        CpuBoundFactory factory = LessonModels.plugin(model).cpuBound();
        for (CpuBoundVariant variant : factory.variants()) {
            CpuBoundRun.Jvm jvm = run(variant).jvm();
            assertThat(jvm.forked()).as(variant.label()).isEqualTo(!factory.jvmOptions().isEmpty());
            for (String option : factory.jvmOptions()) {
                String[] property = option.substring("-D".length()).split("=", 2);
                assertThat(jvm.properties()).as(variant.label()).containsEntry(property[0], property[1]);
            }
        }
    }

    @Test
    void theHeartbeatStopsWhenItsFutureIsCancelled() throws InterruptedException {
        try (CpuBound wiring = LessonModels.plugin(model).cpuBound().create(CpuBoundVariant.BLOCKED)) {
            AtomicInteger ticks = new AtomicInteger();
            Future<?> heartbeat = wiring.startHeartbeat(Duration.ofMillis(5), ticks::incrementAndGet);
            await().atMost(Duration.ofSeconds(10)).until(() -> ticks.get() >= 3);

            heartbeat.cancel(true);
            int atCancel = ticks.get();
            Thread.sleep(100);

            assertThat(ticks.get()).as("ticks after the cancel (one may have been under way)").isLessThanOrEqualTo(atCancel + 1);
        }
    }

    private static CpuBoundRun.Window inside(CpuBoundRun.Window window) {
        return new CpuBoundRun.Window(window.startMs() + EDGE_MS, window.endMs() - EDGE_MS);
    }
}
