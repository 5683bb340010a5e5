package dev.vtvsreactive.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static dev.vtvsreactive.contract.FailureJobs.STEP;
import static dev.vtvsreactive.contract.FailureJobs.endingOutOfOrder;
import static dev.vtvsreactive.contract.FailureJobs.failingSoon;
import static dev.vtvsreactive.contract.FailureJobs.slow;
import static org.awaitility.Awaitility.await;

import dev.vtvsreactive.lesson.LessonContext;
import dev.vtvsreactive.lesson.Narrator;
import dev.vtvsreactive.lesson.TimeScale;
import dev.vtvsreactive.lesson.failure.FailureModel;
import dev.vtvsreactive.lesson.failure.Job;
import dev.vtvsreactive.lesson.failure.JobFailedException;
import dev.vtvsreactive.lesson.failure.Outcome;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What every model does when a job fails, is cancelled or is too slow, where asyncio's semantics
 * can be matched. Each model's test class extends this one and says how its {@link FailureModel}
 * is made; traps that differ per model are tested in the model's own tests.
 *
 * <p>The jobs are {@link FailureJobs}: slow ones of 1 s, failing ones that fail at 50 ms. A job's
 * fate is read from its probe: what it said ({@code Finished}, {@code Cancelled}) and whether its
 * progress stays frozen. Every wait is bounded.
 */
@ExtendWith(NoLeakedThreads.class)
@Timeout(30)
public abstract class FailureContractTest {

    /** How long a check waits for what jobs do in the background. */
    protected static final Duration BOUND = Duration.ofSeconds(10);
    /** How long a stopped job's progress is watched: ten of its steps. */
    private static final Duration FROZEN_FOR = STEP.multipliedBy(10);

    protected Narrator.Recording recording;
    protected LessonContext context;
    protected FailureModel model;
    /** What the model reported to a hook instead of to its caller; none is expected. */
    protected final List<Throwable> lostErrors = new CopyOnWriteArrayList<>();
    private AutoCloseable lostErrorTrap;

    /** Makes the model under test. */
    protected abstract FailureModel createModel(LessonContext context);

    /**
     * Routes every error the model could not deliver to its caller to {@code sink}, until the
     * returned handle is closed. By default, the errors no thread caught; models with a hook of their
     * own (Reactor's dropped errors, RxJava's undeliverable ones) add it.
     */
    protected AutoCloseable catchLostErrors(Consumer<Throwable> sink) {
        Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> sink.accept(error));
        return () -> Thread.setDefaultUncaughtExceptionHandler(previous);
    }

    /**
     * Whether a failure that happens after {@code gather} has raised is reported to the model's hook
     * for dropped errors (Reactor: nobody listens to that job any more) rather than kept in the job's
     * future, as asyncio and the other models do.
     */
    protected boolean dropsLaterGatherFailures() {
        return false;
    }

    @BeforeEach
    void createModel() {
        recording = Narrator.recording();
        context = new LessonContext(TimeScale.LESSON, recording.narrator());
        lostErrorTrap = catchLostErrors(lostErrors::add);
        model = createModel(context);
    }

    @AfterEach
    void closeModel() throws Exception {
        try {
            model.close();
        } finally {
            lostErrorTrap.close();
        }
        assertThat(lostErrors).as("errors reported to a hook instead of the caller").isEmpty();
    }

    /** The three ways of gathering, each reduced to the results it returns when every job succeeds. */
    protected enum Gathering {
        GATHER {
            @Override
            List<String> run(FailureModel model, List<Job> jobs) {
                return model.gather(jobs);
            }
        },
        GATHER_OUTCOMES {
            @Override
            List<String> run(FailureModel model, List<Job> jobs) {
                return model.gatherOutcomes(jobs).stream()
                        .map(outcome -> ((Outcome.Success<String>) outcome).value())
                        .toList();
            }
        },
        TASK_GROUP {
            @Override
            List<String> run(FailureModel model, List<Job> jobs) {
                return model.taskGroup(jobs);
            }
        };

        abstract List<String> run(FailureModel model, List<Job> jobs);
    }

    @ParameterizedTest
    @EnumSource(Gathering.class)
    void everyGatheringReturnsTheResultsInInputOrderWhateverOrderTheJobsEndIn(Gathering gathering) {
        assertThat(gathering.run(model, endingOutOfOrder())).containsExactly("Result from A", "Result from B", "Result from C");
        assertThat(recording.lines()).filteredOn(line -> line.endsWith("Finished"))
                .containsExactly("Job B: Finished", "Job C: Finished", "Job A: Finished");
    }

    @ParameterizedTest
    @EnumSource(Gathering.class)
    void everyGatheringOfNoJobsReturnsAnEmptyList(Gathering gathering) {
        assertThat(gathering.run(model, List.of())).isEmpty();
    }

    @Test
    void gatherRaisesTheFirstFailureAtOnceAndLeavesTheOtherJobsRunning() {
        Job a = slow("A");
        Job b = failingSoon("B");
        Job c = slow("C");

        assertThatThrownBy(() -> model.gather(List.of(a, b, c)))
                .isInstanceOf(JobFailedException.class)
                .hasMessage("Job B failed");

        assertThat(recording.lines()).as("when the failure arrived").contains(b.failed())
                .doesNotContain(a.finished(), c.finished());
        awaitLines(a.finished(), c.finished());
        assertThat(recording.lines()).doesNotContain(a.cancelled(), c.cancelled());
        assertThat(List.of(a.progress(), c.progress())).containsOnly(100);
    }

    @Test
    void gatherLeavesALaterFailureInItsJobOrReportsItAsDropped() {
        Job a = slow("A");
        Job b = failingSoon("B");
        Job d = Job.failing("D", 20, STEP);

        assertThatThrownBy(() -> model.gather(List.of(a, b, d))).hasMessage("Job B failed");

        awaitLines(d.failed(), a.finished());
        if (dropsLaterGatherFailures()) {
            await().atMost(BOUND).untilAsserted(() -> assertThat(lostErrors).singleElement()
                    .isInstanceOfSatisfying(JobFailedException.class, dropped -> assertThat(dropped.job()).isEqualTo("D")));
            lostErrors.clear();
        }
    }

    @Test
    void gatherOutcomesWaitsForEveryJobAndKeepsEachOutcomeInInputOrder() {
        Job a = slow("A");
        Job b = failingSoon("B");
        Job c = slow("C");

        List<Outcome<String>> outcomes = model.gatherOutcomes(List.of(a, b, c));

        assertThat(recording.lines()).as("when the outcomes arrived").contains(a.finished(), b.failed(), c.finished());
        assertThat(outcomes).hasSize(3);
        assertThat(outcomes.get(0)).isEqualTo(Outcome.success("Result from A"));
        assertThat(outcomes.get(1)).isInstanceOfSatisfying(Outcome.Failure.class, failure -> assertThat(failure.error())
                .isInstanceOf(JobFailedException.class)
                .hasMessage("Job B failed"));
        assertThat(outcomes.get(2)).isEqualTo(Outcome.success("Result from C"));
    }

    @Test
    void taskGroupRaisesTheFirstFailureAndCancelsTheOtherJobs() {
        Job a = slow("A");
        Job b = failingSoon("B");
        Job c = slow("C");

        assertThatThrownBy(() -> model.taskGroup(List.of(a, b, c)))
                .isInstanceOf(JobFailedException.class)
                .hasMessage("Job B failed");

        assertStopped(a, c);
        assertThat(recording.lines()).doesNotContain(a.finished(), c.finished());
    }

    @Test
    void taskGroupCancelsALaterFailureBeforeItHappens() {
        Job a = slow("A");
        Job b = failingSoon("B");
        Job d = Job.failing("D", 20, STEP);

        assertThatThrownBy(() -> model.taskGroup(List.of(a, b, d))).hasMessage("Job B failed");

        assertStopped(a, d);
        assertThat(recording.lines()).doesNotContain(d.failed());
    }

    @Test
    void waitForReturnsTheResultOfAJobThatEndsInTime() {
        assertThat(model.waitFor(Job.succeeding("W", 5, STEP), Duration.ofSeconds(5))).isEqualTo("Result from W");
    }

    @Test
    void waitForRaisesTheFailureOfAJobThatFailsInTime() {
        assertThatThrownBy(() -> model.waitFor(failingSoon("W"), Duration.ofSeconds(5)))
                .isInstanceOf(JobFailedException.class)
                .hasMessage("Job W failed");
    }

    @Test
    void waitForCancelsAJobThatTakesTooLongAndTheJobReallyStops() {
        Job w = Job.succeeding("W", 1_000, STEP);

        assertThatThrownBy(() -> model.waitFor(w, Duration.ofMillis(100)))
                .isInstanceOf(CompletionException.class)
                .cause().isInstanceOf(TimeoutException.class);

        assertStopped(w);
    }

    @Test
    void waitForRejectsATimeoutThatIsNotPositive() {
        assertThatIllegalArgumentException().isThrownBy(() -> model.waitFor(slow("W"), Duration.ZERO))
                .withMessageContaining("timeout");
    }

    @ParameterizedTest
    @EnumSource(Gathering.class)
    void interruptingTheCallerCancelsEveryJob(Gathering gathering) throws InterruptedException {
        List<Job> jobs = List.of(slow("A"), slow("B"), slow("C"));
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread caller = Thread.ofPlatform().name("gathering caller").start(() -> {
            try {
                gathering.run(model, jobs);
            } catch (Throwable t) {
                thrown.set(t);
            }
        });
        await().atMost(BOUND).until(() -> jobs.stream().allMatch(job -> job.progress() > 0));

        caller.interrupt();

        assertThat(caller.join(BOUND)).as("the caller returned").isTrue();
        assertThat(thrown.get()).isInstanceOf(CancellationException.class);
        assertStopped(jobs.toArray(Job[]::new));
    }

    @Test
    void gatheringRejectsAMissingList() {
        assertThatThrownBy(() -> model.gather(null)).isInstanceOf(NullPointerException.class).hasMessageContaining("jobs");
        assertThatThrownBy(() -> model.taskGroup(null)).isInstanceOf(NullPointerException.class).hasMessageContaining("jobs");
    }

    /** Waits until every one of {@code lines} has been said. */
    protected void awaitLines(String... lines) {
        await().atMost(BOUND).until(() -> recording.lines().containsAll(List.of(lines)));
    }

    /**
     * Checks that each job was stopped: it said it was cancelled, and its progress stays frozen short
     * of its last step.
     */
    protected void assertStopped(Job... jobs) {
        for (Job job : jobs) {
            awaitLines(job.cancelled());
            int progress = job.progress();
            await().during(FROZEN_FOR).atMost(FROZEN_FOR.plus(BOUND)).until(() -> job.progress() == progress);
            assertThat(progress).as(job + ": steps done").isLessThan(job.steps());
        }
    }
}
