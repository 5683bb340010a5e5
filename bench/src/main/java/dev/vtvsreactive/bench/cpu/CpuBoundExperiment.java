package dev.vtvsreactive.bench.cpu;

import dev.vtvsreactive.lesson.Blocking;
import dev.vtvsreactive.lesson.LessonModels;
import dev.vtvsreactive.lesson.TimeScale;
import dev.vtvsreactive.lesson.cpu.CpuBound;
import dev.vtvsreactive.lesson.cpu.CpuBoundFactory;
import dev.vtvsreactive.lesson.cpu.CpuBoundVariant;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * The lesson's quiz, measured: is an event loop a good choice for CPU-bound work? Each model runs
 * a heartbeat that should tick every 10 ms on its single loop; 300 ms in, a CPU-bound task of real
 * computation (about 500 ms, {@linkplain CpuWork calibrated} on this machine) starts on the same
 * loop; at 400 ms a reply is asked for that sleeps 20 ms. Blocked, the heartbeat stops and the
 * reply waits for the computation; fixed, in the model's idiom, neither does.
 *
 * <p>All times scale with a {@link TimeScale}, except the heartbeat's period. Models whose
 * {@link CpuBoundFactory#jvmOptions() JVM options} must be set at start-up (virtual threads on one
 * carrier) run in a child JVM; the rest in this one. Runs happen one after another.
 *
 * <pre>{@code
 * CpuBoundReport report = CpuBoundExperiment.run(TimeScale.LESSON, List.of("reactor", "rxjava"));
 * System.out.println(report.toJson());
 * }</pre>
 */
public final class CpuBoundExperiment {

    /** How long the loop's warm-up may wait for the heartbeat's first tick. */
    private static final Duration WARM_UP_BOUND = Duration.ofSeconds(5);

    private CpuBoundExperiment() {
    }

    /**
     * Calibrates the CPU work at {@code scale}, then runs every variant of every model of
     * {@code models}, in that order.
     *
     * @throws IllegalArgumentException naming an unknown model, or a scale too small to show anything
     * @throws IllegalStateException    if a CPU task counted wrong, or a child JVM failed
     */
    public static CpuBoundReport run(TimeScale scale, List<String> models) {
        List<CpuBoundFactory> factories = models.stream().map(model -> LessonModels.plugin(model).cpuBound()).toList();
        CpuBoundPlan plan = CpuBoundPlan.calibrate(scale);
        List<CpuBoundRun> runs = new ArrayList<>();
        for (CpuBoundFactory factory : factories) {
            for (CpuBoundVariant variant : factory.variants()) {
                runs.add(run(factory, variant, plan));
            }
        }
        return new CpuBoundReport(Runtime.version().toString(),
                Runtime.getRuntime().availableProcessors(), scale.factor(), plan, runs);
    }

    /**
     * One run of {@code variant} of {@code model}, following {@code plan}.
     *
     * @throws IllegalArgumentException naming an unknown model, or a variant the model does not have
     * @throws IllegalStateException    if the CPU task counted wrong, or a child JVM failed
     */
    public static CpuBoundRun run(String model, CpuBoundVariant variant, CpuBoundPlan plan) {
        return run(LessonModels.plugin(model).cpuBound(), variant, plan);
    }

    static CpuBoundRun run(CpuBoundFactory factory, CpuBoundVariant variant, CpuBoundPlan plan) {
        factory.checkVariant(variant);
        return factory.jvmOptions().isEmpty()
                ? runHere(factory, variant, plan, CpuBoundRun.Jvm.current(false))
                : ForkedRun.run(factory, variant, plan, ForkedRun.bound(plan));
    }

    /**
     * Runs the experiment in this JVM: the heartbeat from the start; the CPU task and the reply
     * started by this thread at their times, so that a stalled loop cannot delay when they are
     * asked for; then the tail, and the heartbeat stopped.
     */
    static CpuBoundRun runHere(CpuBoundFactory factory, CpuBoundVariant variant, CpuBoundPlan plan, CpuBoundRun.Jvm jvm) {
        CpuWork.warmUp();
        CpuWork work = plan.work();
        Runnable checkpoint = variant.checkpoint();
        String what = factory.name() + " (" + variant + ")";
        try (CpuBound wiring = factory.create(variant)) {
            warmUpLoop(wiring, plan, what);
            CpuBoundRecorder recorder = new CpuBoundRecorder();
            Future<?> heartbeat = wiring.startHeartbeat(plan.period(), recorder::tick);
            int primes;
            try {
                recorder.sleepUntil(plan.cpuStart());
                Future<Integer> cpu = wiring.startCpuTask(() -> recorder.cpu(() -> work.count(checkpoint)));
                recorder.sleepUntil(plan.ask());
                recorder.asked();
                Future<?> reply = wiring.startReply(plan.replySleep(), recorder::replied);
                primes = work.check(Blocking.await(cpu, plan.waitBound(), what + ": the CPU task"));
                Blocking.await(reply, plan.waitBound(), what + ": the reply");
                CpuBoundRecorder.sleep(plan.tail());
            } finally {
                heartbeat.cancel(true);
                recorder.finish();
            }
            return recorder.run(factory.name(), variant, wiring.wiring(), jvm, plan, primes);
        }
    }

    /**
     * Starts the wiring's heartbeat once and waits for its first tick, so that a scheduler's cold
     * start (its thread made on first use, ~100+ ms on a busy machine) is not measured as a stall.
     */
    private static void warmUpLoop(CpuBound wiring, CpuBoundPlan plan, String what) {
        CountDownLatch ticked = new CountDownLatch(1);
        Future<?> warmUp = wiring.startHeartbeat(plan.period(), ticked::countDown);
        try {
            if (!ticked.await(WARM_UP_BOUND.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException(what + ": the heartbeat did not tick within " + WARM_UP_BOUND.toMillis() + " ms");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(what + ": interrupted while warming up the loop", e);
        } finally {
            warmUp.cancel(true);
        }
    }
}
