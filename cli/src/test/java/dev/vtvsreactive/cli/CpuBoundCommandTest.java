package dev.vtvsreactive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vtvsreactive.bench.ExperimentModels;
import dev.vtvsreactive.lesson.http.LessonJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * {@code compare cpu-bound}, driven in-process at the experiment's smallest scale: what it prints,
 * and its JSON (its usage errors are among {@link CompareTest}'s). What the numbers say depends on the machine, so only their shape is
 * checked here; the report's tests check what is made of them.
 */
@Timeout(180)
class CpuBoundCommandTest {

    /** The experiment's smallest scale: a CPU task of 100 ms, ten heartbeat periods. */
    private static final String SMALLEST = "0.2";

    @TempDir
    Path scratch;

    @BeforeAll
    static void modelsAreOnTheClassPath() {
        assertThat(ExperimentModels.available()).containsExactly("virtual-threads", "reactor", "rxjava", "completable-future");
    }

    @Test
    void printsAStripPerRunThenTheTableTheVerdictsAndTheQuizsAnswer() {
        CompareRun run = CompareRun.of("cpu-bound", "--model", "virtual-threads", "--model", "reactor", "--scale", SMALLEST);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        List<String> lines = run.outLines();
        assertThat(lines.getFirst()).isEqualTo(
                "Calibrating the CPU task, then running virtual-threads, reactor one run after another (blocked, then fixed)...");
        assertThat(lines).anyMatch(line -> line.startsWith("Heartbeat every 10 ms on each model's loop; the CPU task"))
                .anyMatch(line -> line.startsWith("One column = 10 ms."));
        List<String> strips = lines.stream().filter(line -> line.matches(".*  worst gap \\d+\\.\\d ms")).toList();
        assertThat(strips).hasSize(5);
        assertThat(strips.get(0)).startsWith("virtual-threads  blocked        ");
        assertThat(strips.get(1)).startsWith("virtual-threads  blocked-yield  ");
        assertThat(strips.get(2)).startsWith("virtual-threads  fixed          ");
        assertThat(strips.get(3)).startsWith("reactor          blocked        ");
        assertThat(strips.get(4)).startsWith("reactor          fixed          ");
        assertThat(strips).allMatch(strip -> strip.matches("[a-z -]+[·█░ ]+  worst gap .*"));
        assertThat(lines).anyMatch(line -> line.matches(
                "Model +Variant +Worst gap \\(ms\\) +× period +Reply delay \\(ms\\) +CPU time \\(ms\\) +Ticks during CPU"));
        assertThat(lines).anyMatch(line -> line.matches("reactor +fixed +[\\d,]+\\.\\d +[\\d,.]+× +-?[\\d,]+\\.\\d +[\\d,]+\\.\\d +\\d+ of ~\\d+"));
        assertThat(lines).anyMatch(line -> line.startsWith("virtual-threads: blocked, the heartbeat "))
                .anyMatch(line -> line.startsWith("reactor: blocked, the heartbeat "));
        assertThat(lines.getLast()).startsWith("Quiz: Is an event loop a good choice for CPU-bound work? ").endsWith(".");
    }

    @Test
    void jsonIsTheExperimentsDocumentAndNothingElse() {
        CompareRun run = CompareRun.of("cpu-bound", "--model", "completable-future", "--scale", SMALLEST, "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode document = LessonJson.MAPPER.readTree(run.out());
        assertThat(document.get("scenario").asString()).isEqualTo("cpu-bound");
        assertThat(document.get("scale").asDouble()).isEqualTo(0.2);
        assertThat(document.get("runs").valueStream().map(node -> node.get("model").asString() + " " + node.get("variant").asString()))
                .containsExactly("completable-future blocked", "completable-future fixed");
        assertThat(document.get("runs").get(0).get("worstGapMs").asDouble()).isPositive();
    }

    @Test
    void saveWritesTheSameDocumentBesidesPrintingTheRuns() throws IOException {
        Path saved = scratch.resolve("cpu-bound.json");

        CompareRun run = CompareRun.of("cpu-bound", "--model", "rxjava", "--scale", SMALLEST, "--save", saved.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("rxjava  blocked", "Quiz: ");
        JsonNode document = LessonJson.MAPPER.readTree(Files.readString(saved));
        assertThat(document.get("scenario").asString()).isEqualTo("cpu-bound");
        assertThat(document.get("runs").size()).isEqualTo(2);
    }
}
