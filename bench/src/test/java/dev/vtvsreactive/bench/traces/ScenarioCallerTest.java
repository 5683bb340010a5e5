package dev.vtvsreactive.bench.traces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.tuple;

import dev.vtvsreactive.lesson.failure.Job;
import dev.vtvsreactive.lesson.traces.FailingScenario;
import dev.vtvsreactive.lesson.traces.Mention;
import dev.vtvsreactive.lesson.traces.ScenarioCaller;
import dev.vtvsreactive.lesson.traces.TracedFailure;
import java.net.URI;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The probe's caller: on a virtual thread, a known method, what it catches handed back; a scenario that does not fail is an error. */
@Timeout(30)
class ScenarioCallerTest {

    private static final URI POSTS = URI.create("http://127.0.0.1:1/");
    private static final URI COMMENTS = URI.create("http://127.0.0.1:2/");

    @Test
    void handsBackWhatTheScenarioThrewCaughtInItsKnownMethodOnAVirtualThread() {
        AtomicReference<Thread> caller = new AtomicReference<>();
        FakeStackTraces model = new FakeStackTraces() {
            @Override
            public List<String> gather(List<Job> jobs) {
                caller.set(Thread.currentThread());
                return super.gather(jobs);
            }
        };

        Throwable caught = ScenarioCaller.call(model, FailingScenario.GATHER, POSTS, COMMENTS);

        assertThat(caught).hasMessage(FakeStackTraces.GATHER_FAILURE);
        assertThat(caller.get().isVirtual()).isTrue();
        assertThat(caught.getStackTrace()).anyMatch(ScenarioCaller.METHOD::isFrame);
    }

    @Test
    void tracesNameTheScenarioAndTheCallerOnlyWhereTheExceptionWasMadeUnderThem() {
        FakeStackTraces model = new FakeStackTraces();

        TracedFailure gather = ScenarioCaller.trace(model, FailingScenario.GATHER, POSTS, COMMENTS);
        TracedFailure http = ScenarioCaller.trace(model, FailingScenario.HTTP, POSTS, COMMENTS);

        assertThat(gather.scenarioNamed()).isEqualTo(Mention.FRAME);
        assertThat(gather.callerNamed()).isEqualTo(Mention.FRAME);
        assertThat(http.message()).isEqualTo(FakeStackTraces.HTTP_FAILURE);
        assertThat(http.scenarioNamed()).isEqualTo(Mention.NONE);
        assertThat(http.callerNamed()).isEqualTo(Mention.NONE);
    }

    @Test
    void aScenarioThatDoesNotFailIsAnError() {
        FakeStackTraces model = new FakeStackTraces() {
            @Override
            public List<String> gather(List<Job> jobs) {
                return List.of("Result from A");
            }
        };

        assertThatIllegalStateException().isThrownBy(() -> ScenarioCaller.call(model, FailingScenario.GATHER, POSTS, COMMENTS))
                .withMessage("gather of jobs A, B, C, B failing did not fail, with a fake call: [Result from A]");
    }

    @Test
    void theGatherIsGivenTheLessonsJobsAFailingAfterItsSecondAndBFreshEachTime() {
        List<Job> jobs = FailingScenario.gatherJobs();

        assertThat(jobs).extracting(Job::name, Job::steps, Job::fails)
                .containsExactly(tuple("A", 3, false), tuple("B", 1, true), tuple("C", 2, false));
        assertThat(FailingScenario.gatherJobs()).isNotSameAs(jobs).first().isNotSameAs(jobs.getFirst());
        assertThat(FailingScenario.CONTEXT.scaled(jobs.getFirst().duration()).toMillis()).isEqualTo(30);
    }
}
