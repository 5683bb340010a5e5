package dev.vtvsreactive.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReportMainTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void rendersTheReportAndPrintsTheSummaryAndThePagePath() {
        Path results = Fixtures.copy(Fixtures.RESULTS, dir);
        Path baseline = Fixtures.copy(Fixtures.BASELINE, dir);
        Fixtures.copy(Fixtures.FAN_OUT, dir, FanOutResults.FILE);

        int status = run(results.toString(), dir.resolve("out").toString(), "--baseline", baseline.toString());

        assertThat(status).isZero();
        assertThat(err()).isEmpty();
        assertThat(out()).contains("greet (scale 0.01)", "Verdicts", "Fan-out: N concurrent waits", "Targets")
                .endsWith("Report: " + dir.resolve("out/index.html").toAbsolutePath() + System.lineSeparator());
        assertThat(dir.resolve("out/index.html")).exists();
        for (String chart : List.of("greet-scale-0.01.svg", "greet-scale-0.01-overhead.png", "fan-out-overhead.svg",
                "fan-out-memory.png")) {
            assertThat(dir.resolve("out/charts").resolve(chart)).isNotEmptyFile();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "only-one.json", "a.json b c", "a.json out --baseline", "a.json out --fast"})
    void badUsageExitsTwoWithAOneLineMessage(String args) {
        int status = run(args.isEmpty() ? new String[0] : args.split(" "));

        assertThat(status).isEqualTo(2);
        assertThat(err()).startsWith("report: ").contains("usage: ReportMain").hasLineCount(1);
        assertThat(out()).isEmpty();
    }

    @Test
    void aMissingResultsFileExitsTwoNamingIt() {
        Path missing = dir.resolve("missing.json");

        assertThat(run(missing.toString(), dir.resolve("out").toString())).isEqualTo(2);
        assertThat(err()).isEqualTo("report: cannot read " + missing + ": no such readable file" + System.lineSeparator());
    }

    @Test
    void aFileThatIsNotJmhJsonExitsTwoSayingWhatIsWrong() throws IOException {
        Path notJmh = Files.writeString(dir.resolve("package.json"), "{\"name\": \"x\"}");

        assertThat(run(notJmh.toString(), dir.resolve("out").toString())).isEqualTo(2);
        assertThat(err()).contains(notJmh.toString(), "not a JMH JSON result file").hasLineCount(1);
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void anUnreadableBaselineExitsTwoBeforeWritingAnything() {
        Path results = Fixtures.copy(Fixtures.RESULTS, dir);

        assertThat(run(results.toString(), dir.resolve("out").toString(), "--baseline", dir.resolve("old.json").toString()))
                .isEqualTo(2);
        assertThat(err()).contains("old.json");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    private int run(String... args) {
        return ReportMain.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
