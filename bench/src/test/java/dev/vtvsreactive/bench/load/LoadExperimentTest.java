package dev.vtvsreactive.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.vtvsreactive.lesson.http.LessonJson;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(120)
class LoadExperimentTest {

    private static final LoadPlan PLAN = new LoadPlan(List.of(100, 200), 500, 200, 5, 5_000);

    @Test
    void runsEachModelInItsOwnJvmAgainstAStubInAnotherAndLeavesNothingRunning() {
        List<String> progress = new ArrayList<>();

        LoadReport report = LoadExperiment.run(PLAN, List.of("completable-future"), progress::add);

        assertThat(report.failed()).isEmpty();
        assertThat(report.runs()).extracting(LoadRun::model, LoadRun::rate, LoadRun::requests, LoadRun::answered, LoadRun::errors)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("completable-future", 100, 50, 50L, 0L),
                        org.assertj.core.groups.Tuple.tuple("completable-future", 200, 100, 100L, 0L));
        assertThat(report.runs()).allSatisfy(run -> {
            assertThat(run.latencyMs().p50()).as("latency from when each GET was due").isGreaterThanOrEqualTo(5);
            assertThat(run.cpuMicrosPerRequest()).isPositive();
            assertThat(run.bytesPerRequest()).isPositive();
            assertThat(run.peakThreads()).isPositive();
        });
        assertThat(report.server()).startsWith("the stub in its own JVM (pid ");
        assertThat(progress).hasSize(3).last().asString().startsWith("completable-future at 200/s: achieved");
        assertThat(ProcessHandle.current().descendants().filter(ProcessHandle::isAlive)).as("processes left running").isEmpty();
        assertThat(LessonJson.MAPPER.readValue(report.toJson(), LoadReport.class)).isEqualTo(report);
    }

    @Test
    void refusesAnUnknownModelBeforeStartingAnything() {
        assertThatIllegalArgumentException().isThrownBy(() -> LoadExperiment.run(PLAN, List.of("goroutines")))
                .withMessageContaining("goroutines");
    }
}
