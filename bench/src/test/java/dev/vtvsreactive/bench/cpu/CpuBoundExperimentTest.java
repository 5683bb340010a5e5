package dev.vtvsreactive.bench.cpu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vtvsreactive.lesson.Blocking.LessonTimeoutException;
import dev.vtvsreactive.lesson.Model;
import dev.vtvsreactive.lesson.TimeScale;
import dev.vtvsreactive.lesson.cpu.CpuBound;
import dev.vtvsreactive.lesson.cpu.CpuBoundFactory;
import dev.vtvsreactive.lesson.cpu.CpuBoundVariant;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The experiment's own checks, with a model that is not registered: the models' tests cover real runs. */
@Timeout(60)
class CpuBoundExperimentTest {

    private static final CpuBoundPlan PLAN = CpuBoundPlan.at(new TimeScale(0.2), CpuWork.of(1_000));
    private static final CpuBoundRun.Jvm HERE = CpuBoundRun.Jvm.current(false);

    /** A model whose CPU task answers without computing, and wrongly; it is not registered. */
    private static class WrongCount implements CpuBound {

        @Override
        public String wiring() {
            return "no loop: a heartbeat that ticks once";
        }

        @Override
        public Future<?> startHeartbeat(Duration period, Runnable tick) {
            tick.run();
            return new CompletableFuture<>();
        }

        @Override
        public Future<Integer> startCpuTask(Supplier<Integer> work) {
            return CompletableFuture.completedFuture(0);
        }

        @Override
        public Future<?> startReply(Duration sleep, Runnable reply) {
            return CompletableFuture.runAsync(reply);
        }

        @Override
        public void close() {
        }
    }

    private final CpuBoundFactory wrongCount = new CpuBoundFactory(Model.REACTOR, variant -> new WrongCount());

    /** Its child JVMs cannot start: an option no JVM knows. */
    private final CpuBoundFactory unstartable = new CpuBoundFactory(Model.REACTOR,
            List.of(CpuBoundVariant.BLOCKED, CpuBoundVariant.FIXED), List.of("-XX:+NoSuchOptionOfAnyJvm"), variant -> new WrongCount());

    @Test
    void aCpuTaskThatCountsWrongFailsTheRun() {
        assertThatIllegalStateException()
                .isThrownBy(() -> CpuBoundExperiment.runHere(wrongCount, CpuBoundVariant.BLOCKED, PLAN, HERE))
                .withMessageContaining("counted 0 primes below 1000, but the sieve counts 168");
    }

    @Test
    void aLoopWhoseHeartbeatNeverTicksIsRefusedBeforeAnythingIsMeasured() {
        CpuBoundFactory silent = new CpuBoundFactory(Model.RXJAVA, variant -> new WrongCount() {
            @Override
            public Future<?> startHeartbeat(Duration period, Runnable tick) {
                return new CompletableFuture<>();
            }
        });

        assertThatIllegalStateException()
                .isThrownBy(() -> CpuBoundExperiment.runHere(silent, CpuBoundVariant.BLOCKED, PLAN, HERE))
                .withMessageContaining("rxjava (blocked): the heartbeat did not tick within");
    }

    @Test
    void anUnknownModelIsRejectedWithItsName() {
        assertThatIllegalArgumentException().isThrownBy(() -> CpuBoundExperiment.run("no-such-model", CpuBoundVariant.FIXED, PLAN))
                .withMessageContaining("unknown model 'no-such-model'");
        assertThatIllegalArgumentException().isThrownBy(() -> CpuBoundExperiment.run(TimeScale.LESSON, List.of("nope")))
                .withMessageContaining("'nope'");
    }

    @Test
    void aVariantTheModelDoesNotHaveIsRejectedWithTheOnesItHas() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CpuBoundExperiment.run(wrongCount, CpuBoundVariant.BLOCKED_YIELD, PLAN))
                .withMessage("reactor has no variant 'blocked-yield'; its variants: blocked, fixed");
    }

    @Test
    void aChildJvmThatFailsIsReportedWithWhatItWroteToStandardError() {
        assertThatIllegalStateException()
                .isThrownBy(() -> ForkedRun.run(unstartable, CpuBoundVariant.BLOCKED, PLAN, ForkedRun.bound(PLAN)))
                .withMessageContaining("reactor (blocked) in a child JVM failed with exit code 1")
                .withMessageContaining("Unrecognized VM option");
    }

    @Test
    void aChildJvmThatOutlivesItsBoundIsKilled() {
        assertThatThrownBy(() -> ForkedRun.run(unstartable, CpuBoundVariant.BLOCKED, PLAN, Duration.ofMillis(1)))
                .isInstanceOf(LessonTimeoutException.class)
                .hasMessageContaining("did not finish within 1 ms; killed it");
        assertThat(ProcessHandle.current().children()).as("child JVMs still alive").noneMatch(ProcessHandle::isAlive);
    }

    @Test
    void variantsAreKnownByTheirLabels() {
        assertThat(CpuBoundVariant.of("blocked-yield")).isEqualTo(CpuBoundVariant.BLOCKED_YIELD);
        assertThat(CpuBoundVariant.values()).filteredOn(CpuBoundVariant::offloaded).containsExactly(CpuBoundVariant.FIXED);
        assertThatIllegalArgumentException().isThrownBy(() -> CpuBoundVariant.of("fast"))
                .withMessage("unknown variant 'fast'; known variants: blocked, blocked-yield, fixed");
    }
}
