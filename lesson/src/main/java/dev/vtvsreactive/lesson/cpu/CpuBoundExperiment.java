package dev.vtvsreactive.lesson.cpu;

import dev.vtvsreactive.lesson.Blocking;
import dev.vtvsreactive.lesson.LessonModels;
import dev.vtvsreactive.lesson.TimeScale;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

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

    private CpuBoundExperiment() {
    }

    /** The models on the class path that have the experiment, in the suite's order. */
    public static List<String> available() {
        return LessonModels.inSuiteOrder(factories().keySet());
    }

    /**
     * Calibrates the CPU work at {@code scale}, then runs every variant of every model of
     * {@code models}, in that order.
     *
     * @throws IllegalArgumentException naming an unknown model, or a scale too small to show anything
     * @throws IllegalStateException    if a CPU task counted wrong, or a child JVM failed
     */
    public static CpuBoundReport run(TimeScale scale, List<String> models) {
        List<CpuBoundFactory> factories = models.stream().map(CpuBoundExperiment::factory).toList();
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
        return run(factory(model), variant, plan);
    }

    /**
     * Prints the report of {@link #run(TimeScale, List)} as JSON: {@code [--scale FACTOR] [MODEL...]},
     * every available model when none is named.
     */
    public static void main(String... args) {
        TimeScale scale = TimeScale.LESSON;
        List<String> models = new ArrayList<>();
        try {
            for (int i = 0; i < args.length; i++) {
                if (args[i].equals("--scale")) {
                    scale = new TimeScale(number(argument(args, ++i, "--scale"), "--scale"));
                } else if (args[i].startsWith("-")) {
                    throw new IllegalArgumentException("unknown option '" + args[i] + "'; usage: [--scale FACTOR] [MODEL...]");
                } else {
                    models.add(args[i]);
                }
            }
            System.out.println(run(scale, models.isEmpty() ? available() : models).toJson());
        } catch (IllegalArgumentException e) {
            System.err.println("cpu-bound: " + e.getMessage());
            System.exit(2);
        }
    }

    static CpuBoundRun run(CpuBoundFactory factory, CpuBoundVariant variant, CpuBoundPlan plan) {
        if (!factory.variants().contains(variant)) {
            throw new IllegalArgumentException(factory.name() + " has no variant '" + variant + "'; its variants: "
                    + factory.variants().stream().map(CpuBoundVariant::label).collect(Collectors.joining(", ")));
        }
        return factory.jvmOptions().isEmpty()
                ? runHere(factory, variant, plan, new CpuBoundRun.Jvm(ProcessHandle.current().pid(), false, Map.of()))
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
    private static final Duration WARM_UP_BOUND = Duration.ofSeconds(5);

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

    /**
     * The factory of {@code model}.
     *
     * @throws IllegalArgumentException naming the unknown model and the known ones
     */
    static CpuBoundFactory factory(String model) {
        CpuBoundFactory factory = factories().get(model);
        if (factory == null) {
            throw new IllegalArgumentException("no CPU-bound experiment for model '" + model + "'; models that have one: "
                    + String.join(", ", available()));
        }
        return factory;
    }

    private static Map<String, CpuBoundFactory> factories() {
        return ServiceLoader.load(CpuBoundFactory.class).stream()
                .map(ServiceLoader.Provider::get)
                .collect(Collectors.toMap(CpuBoundFactory::name, Function.identity()));
    }

    private static double number(String value, String option) {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " must be a number, was '" + value + "'");
        }
    }

    private static String argument(String[] args, int index, String option) {
        if (index >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[index];
    }
}
