package dev.vtvsreactive.bench.traces;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vtvsreactive.bench.traces.StackTracesReport.NotRun;
import dev.vtvsreactive.lesson.traces.DebugAid;
import dev.vtvsreactive.lesson.traces.FailingScenario;
import dev.vtvsreactive.lesson.traces.Mention;
import dev.vtvsreactive.lesson.traces.TracedFailure;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The probe's text: the table of every run, what was skipped or failed, then each model's traces side by side. */
class StackTracesConsoleTest {

    private static StackTraceRun run(DebugAid aid, FailingScenario scenario, int lines, Mention scenarioNamed) {
        List<String> trace = List.of("dev.vtvsreactive.lesson.failure.JobFailedException: Job B failed",
                "\tat dev.vtvsreactive.lesson.failure.Job.finish(Job.java:123)",
                "\tat java.base/java.lang.Thread.run(Thread.java:1474)");
        return new StackTraceRun("reactor", aid, false, scenario, "Mono.block()", "dev.vtvsreactive.reactor.ReactorFailures.gather",
                "dev.vtvsreactive.lesson.traces.ScenarioCaller.callScenario",
                new TracedFailure("dev.vtvsreactive.lesson.failure.JobFailedException", "Job B failed", lines, 2, 1,
                        scenarioNamed, Mention.FRAME, trace));
    }

    private static final StackTracesReport REPORT = new StackTracesReport("25.0.3", 0.01,
            List.of(run(DebugAid.NONE, FailingScenario.GATHER, 3, Mention.NONE),
                    run(DebugAid.ON_OPERATOR_DEBUG, FailingScenario.GATHER, 40, Mention.MESSAGE)),
            List.of(new NotRun("virtual-threads", DebugAid.STRUCTURED_TASK_SCOPE, "a preview API")),
            List.of(new NotRun("reactor", DebugAid.REACTOR_DEBUG_AGENT, "the agent did not attach")));

    @Test
    void tabulatesEveryRunCountsRightAlignedAndSaysHowEachMethodIsNamed() {
        List<String> lines = StackTracesConsole.render(REPORT).lines().toList();

        assertThat(lines).first().asString().startsWith("Stack traces on failure").contains("Java 25.0.3", "scale 0.01");
        assertThat(lines).anySatisfy(line -> assertThat(line).matches(
                "scenario +model +aid +caller waits with +caught +lines +frames +own +scenario named +caller named"));
        assertThat(lines).contains(
                "gather    reactor  none               Mono.block()       JobFailedException      3       2    1  no              frame",
                "gather    reactor  on-operator-debug  Mono.block()       JobFailedException     40       2    1  message         frame");
    }

    @Test
    void saysWhatWasSkippedAndWhatFailedWithWhy() {
        assertThat(StackTracesConsole.render(REPORT).lines()).contains(
                "skipped: virtual-threads structured-task-scope: a preview API",
                "FAILED: reactor reactor-debug-agent: the agent did not attach");
    }

    @Test
    void showsEachModelsTrimmedTracesSideBySideNoneFirst() {
        List<String> lines = StackTracesConsole.render(REPORT).lines().toList();

        int heading = lines.indexOf("── gather in reactor: Mono.block(), the work started by ReactorFailures.gather ──");
        assertThat(heading).isPositive();
        assertThat(lines.get(heading + 1)).matches("none \\(3 lines\\) +│ on-operator-debug \\(40 lines\\)");
        assertThat(lines.get(heading + 3)).matches("JobFailedException: Job B failed +│ JobFailedException: Job B failed");
        assertThat(lines.get(heading + 5)).matches("  … 1 frame of java.lang +│   … 1 frame of java.lang");
        assertThat(lines).noneMatch(line -> line.startsWith("── http in"));
    }
}
