package dev.vtvsreactive.bench.context;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vtvsreactive.bench.context.ContextPropagationReport.PropagationRun;
import dev.vtvsreactive.lesson.Model;
import dev.vtvsreactive.lesson.context.ContextPropagationFactory;
import dev.vtvsreactive.lesson.context.ContextPropagationModel;
import dev.vtvsreactive.lesson.context.LineKind;
import dev.vtvsreactive.lesson.context.Propagation;
import dev.vtvsreactive.lesson.context.RequestIdCheck;
import dev.vtvsreactive.lesson.http.PostAndComment;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(120)
class ContextPropagationExperimentTest {

    private static final List<String> progress = new ArrayList<>();
    private static ContextPropagationReport report;

    @BeforeAll
    static void probe() {
        report = ContextPropagationExperiment.run(List.of("rxjava", "completable-future"), 100, progress::add);
    }

    private static PropagationRun run(String model, Propagation propagation) {
        return report.runs().stream()
                .filter(run -> run.model().equals(model) && run.propagation() == propagation)
                .findFirst().orElseThrow();
    }

    @Test
    void runsEveryPropagationOfEveryModelInOrderAndSaysSoAsItGoes() {
        assertThat(report.runs()).extracting(run -> run.model() + " " + run.propagation()).containsExactly(
                "rxjava none", "rxjava schedule-handler", "completable-future none", "completable-future capturing-executor");
        assertThat(report.failed()).isEmpty();
        assertThat(report.scenario()).isEqualTo("context-propagation");
        assertThat(report.requests()).isEqualTo(100);
        assertThat(progress).containsExactly(
                "rxjava none: some lines miss it, 0 lines with another's id",
                "rxjava schedule-handler: some lines miss it, 0 lines with another's id",
                "completable-future none: some lines miss it, 0 lines with another's id",
                "completable-future capturing-executor: every line has its request's id, 0 lines with another's id");
    }

    @Test
    void checksEveryKindOfLineOfEveryRequest() {
        PropagationRun handler = run("rxjava", Propagation.SCHEDULE_HANDLER);

        assertThat(handler.lines()).extracting(RequestIdCheck::kind).containsExactly(LineKind.values());
        assertThat(handler.lines()).allSatisfy(check -> assertThat(check.lines()).isEqualTo(check.expected()));
        assertThat(handler.lines().get(LineKind.TASK_FINISHED.ordinal()).allCarried()).isTrue();
        // 90 of the 100 requests have an id; their GETs' completions are the JDK client's, which no scheduler runs.
        assertThat(handler.lines().get(LineKind.GET_ANSWERED.ordinal()).missing()).isEqualTo(90 * 2);
        assertThat(run("completable-future", Propagation.CAPTURING_EXECUTOR).reachesEveryLine()).isTrue();
    }

    @Test
    void theConsoleTableSaysWhichLinesMissedTheId() {
        String text = ContextPropagationConsole.render(report);

        assertThat(text).contains("100 requests at once", "task-starting", "task-finished", "get-answered", "wrong")
                .containsPattern("rxjava +schedule-handler +all +all +180 missing +0")
                .containsPattern("completable-future +capturing-executor +all +all +all +0")
                .contains("schedule-handler: " + Propagation.SCHEDULE_HANDLER.description());
    }

    @Test
    void aPropagationThatFailsIsReportedWithWhyAndTheOthersStillRun() {
        ContextPropagationFactory broken = new ContextPropagationFactory(Model.RXJAVA, List.of(Propagation.NONE),
                (propagation, context) -> new ContextPropagationModel() {
                    @Override
                    public List<String> gather(List<dev.vtvsreactive.lesson.Task> tasks) {
                        return List.of("not the results");
                    }

                    @Override
                    public PostAndComment http(URI baseUrl, String request) {
                        throw new UnsupportedOperationException();
                    }

                    @Override
                    public void close() {
                    }
                });
        List<String> said = new ArrayList<>();

        ContextPropagationReport failing = ContextPropagationExperiment.probe(List.of(broken), 10, said::add);

        assertThat(failing.runs()).isEmpty();
        assertThat(failing.failed()).singleElement().satisfies(notRun -> {
            assertThat(notRun.model()).isEqualTo("rxjava");
            assertThat(notRun.reason()).contains("the gather returned [not the results]");
        });
        assertThat(said).singleElement().asString().startsWith("rxjava none failed: request r0");
    }

    @Test
    void aNumberOfRequestsOutOfRangeIsRefusedNamingIt() {
        assertThatThrownBy(() -> ContextPropagationExperiment.run(List.of("rxjava"), 0, line -> {
        })).isInstanceOf(IllegalArgumentException.class).hasMessage("requests must be from 1 to 100000, was 0");
    }
}
