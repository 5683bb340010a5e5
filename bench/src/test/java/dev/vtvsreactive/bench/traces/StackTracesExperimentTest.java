package dev.vtvsreactive.bench.traces;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vtvsreactive.lesson.Model;
import dev.vtvsreactive.lesson.http.LessonJson;
import dev.vtvsreactive.lesson.traces.DebugAid;
import dev.vtvsreactive.lesson.traces.FailingScenario;
import dev.vtvsreactive.lesson.traces.Mention;
import dev.vtvsreactive.lesson.traces.StackTracesFactory;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The probe for real: Reactor with every aid, its debug agent in a child JVM, and the virtual
 * threads with their structured variant skipped; then, with fake models, that an aid which fails
 * is reported with its error while the others still run.
 */
@Timeout(120)
class StackTracesExperimentTest {

    private static final List<String> progress = new ArrayList<>();
    private static StackTracesReport report;

    @BeforeAll
    static void probe() {
        report = StackTracesExperiment.run(List.of("virtual-threads", "reactor"), progress::add);
    }

    private static StackTraceRun run(String model, DebugAid aid, FailingScenario scenario) {
        return report.runs().stream()
                .filter(run -> run.model().equals(model) && run.aid() == aid && run.scenario() == scenario)
                .findFirst().orElseThrow();
    }

    @Test
    void runsEveryScenarioOfEveryAidModelByModelAndSaysSoAsItGoes() {
        assertThat(report.runs()).extracting(run -> run.model() + " " + run.aid() + " " + run.scenario()).containsExactly(
                "virtual-threads none gather", "virtual-threads none http",
                "reactor none gather", "reactor none http",
                "reactor checkpoint gather", "reactor checkpoint http",
                "reactor on-operator-debug gather", "reactor on-operator-debug http",
                "reactor reactor-debug-agent gather", "reactor reactor-debug-agent http");
        assertThat(report.failed()).isEmpty();
        assertThat(report.scenario()).isEqualTo("stack-traces");
        assertThat(report.scale()).isEqualTo(0.01);
        assertThat(progress).hasSize(report.runs().size() + report.skipped().size())
                .contains("reactor on-operator-debug gather: JobFailedException, "
                        + run("reactor", DebugAid.ON_OPERATOR_DEBUG, FailingScenario.GATHER).caught().lines() + " lines, "
                        + run("reactor", DebugAid.ON_OPERATOR_DEBUG, FailingScenario.GATHER).caught().frames() + " frames ("
                        + run("reactor", DebugAid.ON_OPERATOR_DEBUG, FailingScenario.GATHER).caught().ownFrames()
                        + " own), scenario message, caller frame");
    }

    @Test
    void theStructuredVariantIsSkippedSayingWhy() {
        assertThat(report.skipped()).singleElement().satisfies(skipped -> {
            assertThat(skipped.model()).isEqualTo("virtual-threads");
            assertThat(skipped.aid()).isEqualTo(DebugAid.STRUCTURED_TASK_SCOPE);
            assertThat(skipped.reason()).contains("preview API", "StructuredTaskScopeStackTracesTest");
        });
    }

    @Test
    void theDebugAgentRanInAJvmOfItsOwnAndRewroteCallSitesThatOnOperatorDebugDoesNotReport() {
        StackTraceRun agent = run("reactor", DebugAid.REACTOR_DEBUG_AGENT, FailingScenario.GATHER);
        StackTraceRun hook = run("reactor", DebugAid.ON_OPERATOR_DEBUG, FailingScenario.GATHER);

        assertThat(agent.ownJvm()).isTrue();
        assertThat(hook.ownJvm()).isFalse();
        assertThat(agent.caught().scenarioNamed()).isEqualTo(Mention.MESSAGE);
        // The agent rewrites the call in ReactorStackTraces.gather, which only returns ReactorFailures' Mono.
        String callSite = "⇢ at dev.vtvsreactive.reactor.ReactorStackTraces.gather(";
        assertThat(agent.caught().text()).contains("Mono.defer ⇢ at dev.vtvsreactive.reactor.ReactorFailures.gather(", callSite);
        assertThat(hook.caught().text()).doesNotContain(callSite);
        assertThat(run("reactor", DebugAid.REACTOR_DEBUG_AGENT, FailingScenario.HTTP).caught().text())
                .contains("Mono.zip ⇢ at dev.vtvsreactive.reactor.ReactorStackTraces.http(");
    }

    @Test
    void everyRunNamesTheMethodsItLookedForAndKeepsTheWholeTrace() {
        StackTraceRun gather = run("virtual-threads", DebugAid.NONE, FailingScenario.GATHER);

        assertThat(gather.scenarioMethod()).isEqualTo("dev.vtvsreactive.virtualthreads.VirtualThreadsFailures.gather");
        assertThat(gather.callerMethod()).isEqualTo("dev.vtvsreactive.lesson.traces.ScenarioCaller.callScenario");
        assertThat(gather.blockingCall()).isEqualTo("a plain call");
        assertThat(gather.caught().trace()).hasSize(gather.caught().lines()).first().asString()
                .isEqualTo("dev.vtvsreactive.lesson.failure.JobFailedException: Job B failed");
    }

    @Test
    void theJsonDocumentReadsBackAsTheReport() {
        StackTracesReport read = LessonJson.MAPPER.readValue(report.toJson(), StackTracesReport.class);

        assertThat(read).isEqualTo(report);
        assertThat(report.toJson()).startsWith("{\n  \"scenario\" : \"stack-traces\"")
                .contains("\"aid\" : \"reactor-debug-agent\"", "\"scenarioNamed\" : \"message\"");
    }

    @Test
    void anAidThatFailsIsReportedWithItsErrorAndTheOthersStillRun() {
        StackTracesFactory broken = new StackTracesFactory(Model.RXJAVA, List.of(DebugAid.NONE, DebugAid.ASSEMBLY_TRACKING),
                aid -> {
                    if (aid == DebugAid.ASSEMBLY_TRACKING) {
                        throw new UnsupportedOperationException("hooks taken");
                    }
                    return new FakeStackTraces();
                });

        StackTracesReport probed = StackTracesExperiment.probe(List.of(broken), line -> { });

        assertThat(probed.runs()).extracting(StackTraceRun::aid).containsOnly(DebugAid.NONE).hasSize(2);
        assertThat(probed.failed()).singleElement().satisfies(failed -> {
            assertThat(failed.aid()).isEqualTo(DebugAid.ASSEMBLY_TRACKING);
            assertThat(failed.reason()).isEqualTo("java.lang.UnsupportedOperationException: hooks taken");
        });
    }
}
