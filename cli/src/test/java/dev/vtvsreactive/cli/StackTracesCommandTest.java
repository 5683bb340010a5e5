package dev.vtvsreactive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vtvsreactive.bench.traces.StackTracesReport;
import dev.vtvsreactive.lesson.http.LessonJson;
import dev.vtvsreactive.lesson.traces.DebugAid;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code compare stack-traces}: real probes of the quick models (CompletableFuture, virtual threads;
 * Reactor's child JVM is bench's to test), the JSON document it prints and saves, and its usage errors.
 */
@Timeout(120)
class StackTracesCommandTest {

    @TempDir
    Path scratch;

    @Test
    void printsEachRunThenTheTableTheSkippedVariantAndTheTracesSideBySide() {
        CompareRun run = CompareRun.of("stack-traces", "--model", "completable-future", "--model", "virtual-threads");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("  completable-future none gather: CompletionException, ");
        assertThat(run.outLines())
                .anyMatch(line -> line.matches("gather +completable-future +none +CompletableFuture\\.join\\(\\) +CompletionException"
                        + " +\\d+ +\\d+ +\\d+ +no +frame"))
                .anyMatch(line -> line.matches("http +virtual-threads +none +a plain call +HttpFailure +\\d+ +\\d+ +\\d+ +lambda +no"))
                .anyMatch(line -> line.startsWith("skipped: virtual-threads structured-task-scope: StructuredTaskScope is a preview API"))
                .contains("── gather in completable-future: CompletableFuture.join(), the work started by "
                        + "CompletableFutureFailures.gather ──");
        assertThat(run.outLines().indexOf("── gather in completable-future: CompletableFuture.join(), the work started by "
                + "CompletableFutureFailures.gather ──")).as("the models in the order named")
                .isLessThan(run.outLines().indexOf("── gather in virtual-threads: a plain call, the work started by "
                        + "VirtualThreadsFailures.gather ──"));
    }

    @Test
    void jsonIsTheProbesDocumentAloneAndSaveWritesIt() throws Exception {
        Path saved = scratch.resolve("stack-traces.json");

        CompareRun run = CompareRun.of("stack-traces", "--model", "virtual-threads", "--json", "--save", saved.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        StackTracesReport report = LessonJson.MAPPER.readValue(run.out(), StackTracesReport.class);
        assertThat(report.runs()).extracting(r -> r.model() + " " + r.aid() + " " + r.scenario())
                .containsExactly("virtual-threads none gather", "virtual-threads none http");
        assertThat(report.skipped()).extracting(StackTracesReport.NotRun::aid).containsExactly(DebugAid.STRUCTURED_TASK_SCOPE);
        assertThat(run.err()).as("progress goes to standard error with --json").contains("virtual-threads none gather: ");
        assertThat(LessonJson.MAPPER.readValue(Files.readString(saved), StackTracesReport.class)).isEqualTo(report);
    }

    @Test
    void badInputIsAUsageErrorNamingTheValue() {
        CompareRun unknown = CompareRun.of("stack-traces", "--model", "kotlin");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("no stack-trace probe for model 'kotlin'; models that have one: "
                + "virtual-threads, reactor, rxjava, completable-future");

        assertThat(CompareRun.of("stack-traces", "--model", "asyncio").err())
                .contains("no stack-trace probe for model 'asyncio'");

        CompareRun badFolder = CompareRun.of("stack-traces", "--save", scratch.resolve("missing/stack-traces.json").toString());
        assertThat(badFolder.exitCode()).isEqualTo(2);
        assertThat(badFolder.err()).contains("cannot save to ", "missing/stack-traces.json", "no such folder");
        assertThat(badFolder.out()).as("nothing ran").isEmpty();
    }
}
