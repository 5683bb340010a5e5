package dev.vtvsreactive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vtvsreactive.bench.context.ContextPropagationReport;
import dev.vtvsreactive.lesson.context.Propagation;
import dev.vtvsreactive.lesson.http.LessonJson;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContextPropagationCommandTest {

    @TempDir
    Path scratch;

    @Test
    void printsEachRunThenTheTableOfWhichLinesGotTheirId() {
        CompareRun run = CompareRun.of("context-propagation", "--model", "virtual-threads", "--requests", "200");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Serving 200 requests at once in virtual-threads",
                "  virtual-threads mdc-copy: every line has its request's id, 0 lines with another's id");
        assertThat(run.outLines())
                .anyMatch(line -> line.matches("virtual-threads +none +540 missing +540 missing +360 missing +0"))
                .anyMatch(line -> line.matches("virtual-threads +scoped-value +all +all +all +0"))
                .contains("scoped-value: " + Propagation.SCOPED_VALUE.description());
    }

    @Test
    void jsonIsTheProbesDocumentAloneAndSaveWritesIt() throws Exception {
        Path saved = scratch.resolve("context-propagation.json");

        CompareRun run = CompareRun.of("context-propagation", "--model", "completable-future", "--requests", "50",
                "--json", "--save", saved.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        ContextPropagationReport report = LessonJson.MAPPER.readValue(run.out(), ContextPropagationReport.class);
        assertThat(report.runs()).extracting(r -> r.model() + " " + r.propagation())
                .containsExactly("completable-future none", "completable-future capturing-executor");
        assertThat(report.requests()).isEqualTo(50);
        assertThat(run.err()).as("progress goes to standard error with --json").contains("completable-future none: ");
        assertThat(LessonJson.MAPPER.readValue(Files.readString(saved), ContextPropagationReport.class)).isEqualTo(report);
    }

    @Test
    void badInputIsAUsageErrorNamingTheValue() {
        CompareRun unknown = CompareRun.of("context-propagation", "--model", "asyncio");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("no context-propagation probe for model 'asyncio'; models that have one: "
                + "virtual-threads, reactor, rxjava, completable-future");

        CompareRun none = CompareRun.of("context-propagation", "--requests", "0");
        assertThat(none.exitCode()).isEqualTo(2);
        assertThat(none.err()).contains("--requests must be from 1 to 100000, was 0");

        assertThat(CompareRun.of("context-propagation", "--requests", "many").err())
                .contains("Invalid value for option '--requests': not a whole number: 'many'");
        assertThat(none.out()).as("nothing ran").isEmpty();
    }
}
