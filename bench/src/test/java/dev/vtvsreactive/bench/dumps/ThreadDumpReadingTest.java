package dev.vtvsreactive.bench.dumps;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vtvsreactive.bench.dumps.ThreadDumpHarness.Dumped;
import dev.vtvsreactive.bench.dumps.ThreadDumpHarness.Request;
import dev.vtvsreactive.bench.dumps.ThreadDumpRun.ContainerThreads;
import dev.vtvsreactive.bench.dumps.ThreadDumpRun.ExcerptedThread;
import dev.vtvsreactive.bench.dumps.ThreadDumpRun.Shown;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a person finds in the real dumps saved beside {@link ThreadDumpTest}, read with what their
 * child JVM reported alongside: the model's package and the threads it had before the gather.
 */
class ThreadDumpReadingTest {

    /** The platform threads the child JVMs had before their gather: main, and the JVM's own. */
    private static final List<Long> THREADS_BEFORE = List.of(3L, 12L, 13L, 14L, 19L, 20L);
    private static final Request THREE_TASKS = new Request(3, 30_000, "/tmp/unused.json");

    private static ThreadDumpRun read(String model, String modelPackage, ThreadDump dump) {
        return ThreadDumpReading.read(model, THREE_TASKS, new Dumped("its wiring", modelPackage, THREADS_BEFORE, 25.5, 12_915, null), dump);
    }

    @Test
    void everyWaitingVirtualThreadIsFoundInSleepCalledByTheModelsCode() {
        ThreadDumpRun run = read("virtual-threads", "dev.vtvsreactive.virtualthreads", ThreadDump.read(ThreadDumpTest.VIRTUAL_THREADS));

        assertThat(run.tasksFound()).isEqualTo(3);
        assertThat(run.tasksFoundVirtual()).isEqualTo(3);
        assertThat(run.tasksAreNotThreads()).isFalse();
        assertThat(run.finding()).startsWith("all 3 waiting tasks can be found, each a virtual thread whose stack shows "
                + "Thread.sleep called by the model's code (frames name ");
        assertThat(run.threads()).isEqualTo(14);
        assertThat(run.platformThreads()).isEqualTo(10);
        assertThat(run.virtualThreads()).isEqualTo(4);
        assertThat(run.containers()).contains(new ContainerThreads("java.util.concurrent.ThreadPerTaskExecutor@15eb5ee5", 0, 3),
                new ContainerThreads("java.util.concurrent.ThreadPerTaskExecutor@41e36e46", 0, 1));
        assertThat(run.startedByGather()).containsExactly("VirtualThread-unblocker", "ForkJoinPool-1-worker-1",
                "ForkJoinPool-1-worker-2", "ForkJoinPool-1-delayScheduler");
    }

    @Test
    void theFramesNameTheScenarioTheTasksAndTheirCallerButNotTheHarness() {
        ThreadDumpRun run = read("virtual-threads", "dev.vtvsreactive.virtualthreads", ThreadDump.read(ThreadDumpTest.VIRTUAL_THREADS));

        assertThat(run.scenarioNamed()).isTrue();
        assertThat(run.scenarioFrames()).containsExactlyInAnyOrder("VirtualThreadsFanOut.task", "VirtualThreadsFanOut.lambda$gather$2",
                "VirtualThreadsFanOut.lambda$gather$0", "VirtualThreadsGather.all", "VirtualThreadsGather.result");
        assertThat(run.threadsNamingScenario()).as("three tasks and the caller that gathers them").isEqualTo(4);
    }

    @Test
    void theSameDumpReadForAnotherModelsCodeNamesNothingAndFindsNoTask() {
        ThreadDumpRun run = read("reactor", "dev.vtvsreactive.reactor", ThreadDump.read(ThreadDumpTest.VIRTUAL_THREADS));

        assertThat(run.scenarioNamed()).isFalse();
        assertThat(run.tasksFound()).isZero();
        assertThat(run.threadsNamingScenario()).isZero();
    }

    @Test
    void aTimerModelsDumpNamesNoneOfItsCodeAndShowsNoTaskWait() {
        ThreadDumpRun run = read("reactor", "dev.vtvsreactive.reactor", ThreadDump.read(ThreadDumpTest.REACTOR));

        assertThat(run.scenarioNamed()).isFalse();
        assertThat(run.tasksFound()).isZero();
        assertThat(run.startedByGather()).containsExactlyInAnyOrder("parallel-1", "parallel-2");
        // 3 tasks and 8 threads: too few tasks to prove they are not threads, so the finding says only what it saw.
        assertThat(run.tasksAreNotThreads()).isFalse();
        assertThat(run.finding()).isEqualTo("none can be found: no thread shows a task's wait (8 threads in the dump for 3 "
                + "waiting tasks; no frame names the model's code; the gather started parallel-2, parallel-1)");
    }

    @Test
    void theExcerptKeepsTwoTasksThenTheCallerThenAThreadTheGatherStartedEachTrimmedToEightFrames() {
        ThreadDumpRun run = read("virtual-threads", "dev.vtvsreactive.virtualthreads", ThreadDump.read(ThreadDumpTest.VIRTUAL_THREADS));

        assertThat(run.excerpt()).extracting(ExcerptedThread::shown)
                .containsExactly(Shown.TASK_WAIT, Shown.TASK_WAIT, Shown.SCENARIO, Shown.STARTED_BY_GATHER);
        ExcerptedThread task = run.excerpt().getFirst();
        assertThat(task.virtual()).isTrue();
        assertThat(task.frames()).hasSize(ThreadDumpReading.EXCERPT_FRAMES)
                .contains("java.base/java.lang.Thread.sleep(Thread.java:601)",
                        "dev.vtvsreactive.virtualthreads.VirtualThreadsFanOut.task(VirtualThreadsFanOut.java:64)");
        assertThat(task.moreFrames()).isEqualTo(1);
        assertThat(run.excerpt().get(2).frames()).contains(
                "dev.vtvsreactive.virtualthreads.VirtualThreadsGather.all(VirtualThreadsGather.java:22)");
        assertThat(run.excerpt().get(3).name()).isEqualTo("VirtualThread-unblocker");
    }
}
