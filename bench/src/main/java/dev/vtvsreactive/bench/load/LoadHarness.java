package dev.vtvsreactive.bench.load;

import com.sun.management.ThreadMXBean;
import dev.vtvsreactive.bench.ChildJvm;
import dev.vtvsreactive.bench.profile.ProcessCpuClock;
import dev.vtvsreactive.lesson.LessonContext;
import dev.vtvsreactive.lesson.LessonModel;
import dev.vtvsreactive.lesson.LessonModels;
import dev.vtvsreactive.lesson.Narrator;
import dev.vtvsreactive.lesson.TimeScale;
import dev.vtvsreactive.lesson.load.LoadSchedule;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * Offers one model the plan's rates, in this JVM, which holds nothing else: the warm-up at the
 * lowest rate, unrecorded, then each rate in turn, recorded by a {@link LatencyRecorder}, with the
 * JVM's CPU time (every thread, user and system), heap allocation and peak of platform threads
 * read around it. {@link LoadExperiment} runs this in a child JVM per model, whose side
 * {@link #main} is; it is not meant to be run by hand.
 */
public final class LoadHarness {

    private static final ProcessCpuClock CPU = new ProcessCpuClock();
    private static final ThreadMXBean THREADS = (ThreadMXBean) ManagementFactory.getThreadMXBean();

    private LoadHarness() {
    }

    /** What the child is given: the plan, and where the stub serves. */
    public record Input(LoadPlan plan, URI baseUrl) {
    }

    /** What the child prints: one run per rate. */
    public record ModelRuns(List<LoadRun> runs) {
    }

    /** The child: offers model MODEL the rates of the plan on standard input, and prints its runs. */
    public static void main(String... args) {
        ChildJvm.serve(LoadHarness.class, args, List.of("MODEL"), Input.class,
                (arguments, input) -> new ModelRuns(measure(arguments.getFirst(), input.plan(), input.baseUrl())));
    }

    /**
     * Offers {@code model} every rate of {@code plan} against the stub at {@code baseUrl}.
     *
     * @throws IllegalStateException if some GET of a schedule never ended
     */
    static List<LoadRun> measure(String model, LoadPlan plan, URI baseUrl) {
        LessonContext context = new LessonContext(TimeScale.LESSON, new Narrator(event -> {
        }), plan.timeouts());
        List<LoadRun> runs = new ArrayList<>();
        try (LessonModel lesson = LessonModels.create(model, context)) {
            for (LoadSchedule warmup : plan.warmup()) {
                lesson.openLoop(baseUrl, warmup, new LatencyRecorder(warmup));
            }
            for (int rate : plan.rates()) {
                LoadSchedule schedule = plan.schedule(rate);
                LatencyRecorder recorder = new LatencyRecorder(schedule);
                THREADS.resetPeakThreadCount();
                long cpu = CPU.nanos();
                long allocated = THREADS.getTotalThreadAllocatedBytes();
                lesson.openLoop(baseUrl, schedule, recorder);
                runs.add(recorder.run(model, rate, CPU.nanos() - cpu,
                        THREADS.getTotalThreadAllocatedBytes() - allocated, THREADS.getPeakThreadCount()));
            }
        }
        return runs;
    }
}
