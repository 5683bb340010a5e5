package dev.vtvsreactive.report;

import static dev.vtvsreactive.report.Fixtures.cpuBoundResults;
import static dev.vtvsreactive.report.Fixtures.cpuBoundRun;
import static dev.vtvsreactive.lesson.cpu.CpuBoundVariant.BLOCKED;
import static dev.vtvsreactive.lesson.cpu.CpuBoundVariant.BLOCKED_YIELD;
import static dev.vtvsreactive.lesson.cpu.CpuBoundVariant.FIXED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CpuBoundResultsTest {

    @TempDir
    Path dir;

    @Test
    void answersNoWhenEveryRunOnTheLoopStalledAndNoneOffItDid() {
        CpuBoundResults results = cpuBoundResults(
                cpuBoundRun("virtual-threads", BLOCKED, true), cpuBoundRun("virtual-threads", BLOCKED_YIELD, true),
                cpuBoundRun("virtual-threads", FIXED, false),
                cpuBoundRun("reactor", BLOCKED, true), cpuBoundRun("reactor", FIXED, false));

        assertThat(results.answersNo()).isTrue();
        assertThat(results.quizAnswer()).isEqualTo("Is an event loop a good choice for CPU-bound work? No (the lesson's b):"
                + " with the CPU work on the loop, the heartbeat stalled in every run, its worst gap 500.0 ms against its"
                + " 10 ms period, and the reply came 381.0 ms late; handed off the loop, the worst gap was 10.0 ms and the"
                + " reply at most 0.5 ms late.");
        assertThat(results.verdict("reactor")).isEqualTo("reactor: blocked, the heartbeat stalled (worst gap 500.0 ms, 50.0×"
                + " its period; reply 381.0 ms late); fixed, the heartbeat kept ticking (worst gap 10.0 ms, 1.0× its period;"
                + " reply 0.5 ms late).");
        assertThat(results.verdict("virtual-threads")).contains("blocked-yield, the heartbeat stalled");
    }

    @Test
    void saysWhichRunsBrokeTheRuleWhenTheAnswerIsMixed() {
        CpuBoundResults results = cpuBoundResults(
                cpuBoundRun("reactor", BLOCKED, true), cpuBoundRun("reactor", FIXED, true),
                cpuBoundRun("rxjava", BLOCKED, false), cpuBoundRun("rxjava", FIXED, false));

        assertThat(results.answersNo()).isFalse();
        assertThat(results.quizAnswer())
                .contains("Mostly no: with the CPU work on the loop, the heartbeat stalled in reactor (blocked)")
                .contains("but kept ticking in rxjava (blocked) (worst gap 10.0 ms)")
                .contains("yet the heartbeat stalled in reactor (fixed) as well");
    }

    @Test
    void doesNotClaimTheAnswerWhenNoRunOnTheLoopStalled() {
        CpuBoundResults results = cpuBoundResults(cpuBoundRun("reactor", BLOCKED, false), cpuBoundRun("reactor", FIXED, false));

        assertThat(results.answersNo()).isFalse();
        assertThat(results.quizAnswer()).contains("Not shown by this run: with the CPU work on the loop, the heartbeat kept ticking");
    }

    @Test
    void tablesOneRowPerRunWithTheWiringOnlyWhenAsked() {
        CpuBoundResults results = cpuBoundResults(cpuBoundRun("reactor", BLOCKED, true), cpuBoundRun("reactor", FIXED, false));

        assertThat(results.headers(false)).containsExactly(
                "Model", "Variant", "Worst gap (ms)", "× period", "Reply delay (ms)", "CPU time (ms)", "Ticks during CPU");
        assertThat(results.headers(true)).endsWith("Wiring");
        assertThat(results.rows(true)).containsExactly(
                List.of("reactor", "blocked", "500.0", "50.0×", "381.0", "500.0", "0 of ~50", "the wiring of reactor blocked"),
                List.of("reactor", "fixed", "10.0", "1.0×", "0.5", "500.0", "49 of ~50", "the wiring of reactor fixed"));
    }

    @Test
    void summarisesTheTableTheVerdictsAndTheQuiz() {
        String summary = cpuBoundResults(cpuBoundRun("reactor", BLOCKED, true), cpuBoundRun("reactor", FIXED, false)).summary();

        assertThat(summary.lines().findFirst().orElseThrow()).startsWith("Model").contains("Worst gap (ms)");
        assertThat(summary).contains("reactor: blocked, the heartbeat stalled", "Quiz: Is an event loop a good choice");
    }

    @Test
    void readsARealRunOfTheExperiment() throws IOException {
        Path sample = Fixtures.copy(Fixtures.CPU_BOUND, dir);

        CpuBoundResults results = CpuBoundResults.parse(sample, Files.readAllBytes(sample));

        assertThat(results.models()).containsExactly("virtual-threads", "reactor", "rxjava", "completable-future");
        assertThat(results.runs()).hasSize(9);
        assertThat(results.runs().stream().filter(run -> !run.variant().offloaded())).allMatch(CpuBoundResults::stalled);
        assertThat(results.runs().stream().filter(run -> run.variant().offloaded())).noneMatch(CpuBoundResults::stalled);
        assertThat(results.quizAnswer()).contains("? No (the lesson's b)").doesNotContain("yet the heartbeat stalled");
        assertThat(results.console()).contains("virtual-threads     blocked-yield", "worst gap 116.3 ms", "Quiz: ");
    }

    @Test
    void rejectsAReportWithoutRuns() throws IOException {
        Path sample = Fixtures.copy(Fixtures.CPU_BOUND, dir);
        String withoutRuns = Files.readString(sample).replaceAll("(?s)\"runs\" : \\[.*]", "\"runs\" : []");

        assertThatThrownBy(() -> CpuBoundResults.parse(sample, bytes(withoutRuns)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(sample + " holds no run of the CPU-bound experiment");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
