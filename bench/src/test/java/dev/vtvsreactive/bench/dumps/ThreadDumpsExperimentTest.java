package dev.vtvsreactive.bench.dumps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.vtvsreactive.bench.dumps.ThreadDumpRun.ExcerptedThread;
import dev.vtvsreactive.bench.dumps.ThreadDumpRun.Shown;
import dev.vtvsreactive.lesson.LessonModels;
import dev.vtvsreactive.lesson.http.LessonJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;

/**
 * Real dumps of every model, each in its child JVM, with 200 tasks waiting: the tests share one run.
 * What a person can find, not how long anything took.
 */
@Timeout(180)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ThreadDumpsExperimentTest {

    private static final int TASKS = 200;
    private static final List<String> TIMER_MODELS = List.of("reactor", "rxjava", "completable-future");

    private final List<String> progress = new ArrayList<>();
    private Set<Path> scratchBefore;
    private ThreadDumpsReport report;

    @BeforeAll
    void dumpEveryModel() throws IOException {
        scratchBefore = scratchFolders();
        report = ThreadDumpsExperiment.run(LessonModels.ORDER, TASKS, progress::add);
    }

    private ThreadDumpRun run(String model) {
        return report.runs().stream().filter(run -> run.model().equals(model)).findFirst().orElseThrow();
    }

    @Test
    void everyModelsDumpIsTakenAndReadInTheOrderAskedFor() {
        assertThat(report.failed()).isEmpty();
        assertThat(report.runs()).extracting(ThreadDumpRun::model).containsExactlyElementsOf(LessonModels.ORDER);
        assertThat(report.tasks()).isEqualTo(TASKS);
        assertThat(progress).hasSize(4).allMatch(line -> line.matches("[a-z-]+: [\\d,]+ threads .* of 200 tasks found, "
                + "[\\d,]+ bytes dumped in \\d+ ms"));
        assertThat(report.runs()).allSatisfy(run -> {
            assertThat(run.dumpBytes()).isPositive();
            assertThat(run.dumpMs()).isPositive();
            assertThat(run.waitMs()).isEqualTo(ThreadDumpsExperiment.WAIT.toMillis());
        });
    }

    @Test
    void everyWaitingTaskOfVirtualThreadsIsFoundAVirtualThreadInSleepNamingTheScenario() {
        ThreadDumpRun run = run("virtual-threads");

        assertThat(run.tasksFound()).isEqualTo(TASKS);
        assertThat(run.tasksFoundVirtual()).isEqualTo(TASKS);
        assertThat(run.scenarioNamed()).isTrue();
        assertThat(run.scenarioFrames()).contains("VirtualThreadsFanOut.task", "VirtualThreadsGather.all");
        assertThat(run.containers()).anySatisfy(container -> {
            assertThat(container.container()).startsWith("java.util.concurrent.ThreadPerTaskExecutor@");
            assertThat(container.virtual()).isEqualTo(TASKS);
        });
        assertThat(run.finding()).startsWith("all 200 waiting tasks can be found, each a virtual thread");
        ExcerptedThread task = run.excerpt().getFirst();
        assertThat(task.shown()).isEqualTo(Shown.TASK_WAIT);
        assertThat(task.state()).isEqualTo("TIMED_WAITING");
        assertThat(task.frames()).anyMatch(frame -> frame.contains("java.lang.Thread.sleep("))
                .anyMatch(frame -> frame.contains("VirtualThreadsFanOut.task("));
    }

    @Test
    void noTaskOfTheTimerModelsCanBeFoundForTheyAreNotThreadsAndNoFrameNamesTheirCode() {
        for (String model : TIMER_MODELS) {
            ThreadDumpRun run = run(model);

            assertThat(run.tasksFound()).as(model).isZero();
            assertThat(run.tasksAreNotThreads()).as(model).isTrue();
            assertThat(run.virtualThreads()).as(model).isZero();
            assertThat(run.threads()).as(model).isLessThan(TASKS);
            assertThat(run.scenarioNamed()).as(model).isFalse();
            assertThat(run.finding()).as(model).startsWith("none can be found: tasks are not threads (");
            assertThat(run.startedByGather()).as(model + ": the scheduler threads that hold the timers").isNotEmpty();
            assertThat(run.excerpt()).as(model).isNotEmpty().extracting(ExcerptedThread::shown).containsOnly(Shown.STARTED_BY_GATHER);
        }
    }

    @Test
    void nothingIsLeftRunningNorOnDisk() throws IOException {
        assertThat(ProcessHandle.current().descendants()
                .filter(process -> process.info().commandLine().orElse("").contains(ThreadDumpHarness.class.getName())))
                .as("child JVMs still running").isEmpty();
        assertThat(scratchFolders()).as("scratch folders left behind").isSubsetOf(scratchBefore);
    }

    @Test
    void theReportIsOneJsonDocumentThatReadsBackAsItWas() {
        ThreadDumpsReport read = LessonJson.MAPPER.readValue(report.toJson(), ThreadDumpsReport.class);

        assertThat(read).isEqualTo(report);
        assertThat(report.toJson()).startsWith("{\n  \"scenario\" : \"thread-dumps\",")
                .contains("\"finding\" : \"none can be found: tasks are not threads (");
    }

    @Test
    void badInputIsRefusedNamingTheValueBeforeAnyChildStarts() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ThreadDumpsExperiment.run(List.of("reactor", "kotlin"), 10, progress::add))
                .withMessageStartingWith("unknown model 'kotlin'; known models:");
        assertThatIllegalArgumentException().isThrownBy(() -> ThreadDumpsExperiment.run(List.of("reactor"), 0, progress::add))
                .withMessage("the number of tasks must be between 1 and 100000, was 0");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ThreadDumpsExperiment.run(List.of("reactor"), ThreadDumpsExperiment.MAX_TASKS + 1, progress::add))
                .withMessage("the number of tasks must be between 1 and 100000, was 100001");
        assertThat(progress).hasSize(4);
    }

    private static Set<Path> scratchFolders() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(path -> path.getFileName().toString().startsWith("thread-dump-")).collect(Collectors.toSet());
        }
    }
}
