package dev.vtvsreactive.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.vtvsreactive.bench.dumps.ThreadDumpRun;
import dev.vtvsreactive.bench.dumps.ThreadDumpsReport;
import dev.vtvsreactive.lesson.http.LessonJson;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code compare thread-dumps}, run as the command it is: real dumps of small gathers, the JSON
 * document it prints and saves, and its usage errors. The command is built here on its own, so
 * that these tests hold whether or not {@link Compare} lists it yet.
 */
@Timeout(120)
class ThreadDumpsCommandTest {

    @TempDir
    Path scratch;

    /** One run of the command, as a user would see it: exit code, standard output and standard error. */
    private static CompareRun threadDumps(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = new CommandLine(new ThreadDumpsCommand())
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true))
                .execute(args);
        return new CompareRun(exitCode, out.toString(), err.toString());
    }

    @Test
    void printsTheTableThreadsPerContainerAnExcerptAndAFindingPerModel() {
        CompareRun run = threadDumps("--model", "virtual-threads", "--model", "reactor", "--tasks", "200");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.outLines())
                .contains("Dumping the threads of virtual-threads, reactor, each in a fresh JVM with 200 tasks waiting...")
                .anyMatch(line -> line.matches("virtual-threads +[\\d,]+ +\\d+ +[\\d,]+ +200 / 200 +yes +[\\d,]+ +\\d+"))
                .anyMatch(line -> line.matches("reactor +\\d+ +\\d+ +0 +none: tasks are not threads +no +[\\d,]+ +\\d+"))
                .anyMatch(line -> line.matches("  virtual-threads: <root> \\d+ platform; .*java\\.util\\.concurrent\\.ThreadPerTaskExecutor@\\w+ 200 virtual.*"))
                .anyMatch(line -> line.startsWith("── reactor: Mono.zip("))
                .anyMatch(line -> line.matches("  #\\d+ \"parallel-\\d\" platform TIMED_WAITING, in .*: started by the gather"))
                .anyMatch(line -> line.startsWith("  virtual-threads: all 200 waiting tasks can be found, each a virtual thread"))
                .anyMatch(line -> line.startsWith("  reactor: none can be found: tasks are not threads ("));
        assertThat(run.outLines().indexOf("Findings:")).as("the findings come last")
                .isGreaterThan(run.outLines().indexOf("── reactor: Mono.zip(List of N Mono.delay(D), values -> values in order); "
                        + "timers on Schedulers.parallel() ──"));
    }

    @Test
    void jsonIsTheExperimentsDocumentAloneAndSaveWritesIt() throws Exception {
        Path saved = scratch.resolve("thread-dumps.json");

        CompareRun run = threadDumps("--model", "completable-future", "--tasks", "1_000", "--json", "--save", saved.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        ThreadDumpsReport report = LessonJson.MAPPER.readValue(run.out(), ThreadDumpsReport.class);
        assertThat(report.tasks()).isEqualTo(1_000);
        assertThat(report.runs()).extracting(ThreadDumpRun::model, ThreadDumpRun::tasksFound)
                .containsExactly(tuple("completable-future", 0));
        assertThat(run.err()).as("progress goes to standard error with --json").contains("  completable-future: ");
        assertThat(LessonJson.MAPPER.readValue(Files.readString(saved), ThreadDumpsReport.class)).isEqualTo(report);
    }

    @Test
    void badInputIsAUsageErrorNamingTheValue() {
        CompareRun unknown = threadDumps("--model", "kotlin");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("no thread dump for model 'kotlin'; models that have one: "
                + "virtual-threads, reactor, rxjava, completable-future");

        assertThat(threadDumps("--model", "asyncio").err()).contains("no thread dump for model 'asyncio'");

        for (String tasks : new String[] {"0", "100001", "-5"}) {
            CompareRun outOfRange = threadDumps("--tasks", tasks);
            assertThat(outOfRange.exitCode()).as(tasks).isEqualTo(2);
            assertThat(outOfRange.err()).as(tasks).contains("the number of tasks must be between 1 and 100000, was " + tasks);
            assertThat(outOfRange.out()).as("nothing ran").isEmpty();
        }
        CompareRun notANumber = threadDumps("--tasks", "many");
        assertThat(notANumber.exitCode()).isEqualTo(2);
        assertThat(notANumber.err()).contains("Invalid value for option '--tasks': not a whole number: 'many'");

        CompareRun badFolder = threadDumps("--save", scratch.resolve("missing/thread-dumps.json").toString());
        assertThat(badFolder.exitCode()).isEqualTo(2);
        assertThat(badFolder.err()).contains("cannot save to ", "missing/thread-dumps.json", "no such folder");
        assertThat(badFolder.out()).as("nothing ran").isEmpty();
    }
}
