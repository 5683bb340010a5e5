package dev.vtvsreactive.report;

import static dev.vtvsreactive.report.Fixtures.fanOutResults;
import static dev.vtvsreactive.report.Fixtures.fanOutRun;
import static dev.vtvsreactive.lesson.fanout.FanOutVariant.FIXED_POOL_200;
import static dev.vtvsreactive.lesson.fanout.FanOutVariant.FLATMAP;
import static dev.vtvsreactive.lesson.fanout.FanOutVariant.IDIOM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vtvsreactive.report.FanOutResults.Status;
import dev.vtvsreactive.report.FanOutResults.Target;
import dev.vtvsreactive.bench.fanout.FanOutReport.NotRun;
import dev.vtvsreactive.lesson.fanout.FanOutVariant;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FanOutResultsTest {

    private static final int MILLION = 1_000_000;

    @TempDir
    Path dir;

    @Test
    void readsARealQuickSweepAndTheAsyncioBaselineBesideIt() throws IOException {
        FanOutResults results = sample(Fixtures.FAN_OUT).withAsyncio(asyncio());

        assertThat(results.tasks()).containsExactly(1_000, 10_000, 100_000);
        assertThat(results.points()).hasSize(22).last().isInstanceOf(FanOutPoint.Asyncio.class);
        assertThat(results.verdicts().getLast()).isEqualTo("N = 100,000: completable-future had the least overhead (+52.9 ms);"
                + " then reactor +115.6 ms, rxjava +146.3 ms, virtual-threads +698.7 ms."
                + " asyncio (CPython 3.11.7): +2,875.8 ms, behind every Java idiom.");
        assertThat(results.notRun()).contains("not run: reactor flatmap (pitfall) at N = 100,000: pitfall skipped above"
                + " N=10000, the sweep's pitfall limit; it took 1255 ms at N=10000");
        assertThat(results.targets()).extracting(Target::status).containsExactly(Status.NOT_MEASURED, Status.MET);
        assertThat(results.targets().getFirst().figures()).contains("no 1M run: ./mvnw verify -Pbench-rigorous");
        assertThat(results.targets().getLast().figures()).startsWith("783.7 B per task at N = 100,000");
        assertThat(results.rows().getLast()).containsExactly("asyncio (CPython 3.11.7)", "idiom", "100,000", "3,875.8",
                "1,000.0", "+2,875.8 (+287.58%)", "—", "—", "1,599.9", "—", "181.8", "—", "—", "—");
        assertThat(results.console()).contains("Heap/task (B)", "RSS growth/task (B)", "Verdicts\n", "Targets\n",
                "completable-future fixed-pool-200 (pitfall) at N = 1,000: 5,025.6 ms against its idiom's 1,003.9 ms"
                        + " (+4,021.6 ms: only 200 wait at once, 5 rounds of the wait)");
    }

    @Test
    void judgesTheMillionWaitsTargetNotMetFromARealMillionTaskRun() throws IOException {
        Target target = sample(Fixtures.FAN_OUT_1M).targets().getFirst();

        assertThat(target.status()).isEqualTo(Status.NOT_MET);
        assertThat(target.figures()).isEqualTo("overhead at N = 1,000,000: virtual-threads +5,707.6 ms (over 1 s),"
                + " reactor +2,129.9 ms (over 1 s), rxjava +2,939.9 ms (over 1 s), completable-future +1,075.9 ms (over 1 s)");
    }

    @Test
    void judgesTheMillionWaitsTargetMetWhenEveryIdiomIsWithinASecondWhateverItsPitfallsTook() {
        FanOutResults results = fanOutResults(1_000, List.of(),
                fanOutRun("virtual-threads", IDIOM, MILLION, 1_000, 1_900, 700),
                fanOutRun("reactor", IDIOM, MILLION, 1_000, 1_400, 380),
                fanOutRun("reactor", FLATMAP, MILLION, 1_000, 9_000, 400),
                fanOutRun("rxjava", IDIOM, MILLION, 1_000, 1_300, 250),
                fanOutRun("completable-future", IDIOM, MILLION, 1_000, 1_200, 280));

        Target target = results.targets().getFirst();
        assertThat(target.status()).isEqualTo(Status.MET);
        assertThat(target.figures()).isEqualTo("overhead at N = 1,000,000: virtual-threads +900.0 ms, reactor +400.0 ms,"
                + " rxjava +300.0 ms, completable-future +200.0 ms");
    }

    @Test
    void doesNotJudgeEveryIdiomFromTheModelsThatHappenedToRun() {
        FanOutResults results = fanOutResults(1_000, List.of(), fanOutRun("completable-future", IDIOM, MILLION, 1_000, 1_200, 280));

        Target target = results.targets().getFirst();
        assertThat(target.status()).isEqualTo(Status.NOT_MEASURED);
        assertThat(target.figures()).isEqualTo("overhead at N = 1,000,000: virtual-threads not run at 1M, reactor not run at 1M,"
                + " rxjava not run at 1M, completable-future +200.0 ms");
    }

    @Test
    void judgesTheMillionWaitsTargetNotMetWhenAnIdiomFailedAtAMillion() {
        FanOutResults results = fanOutResults(1_000,
                List.of(new NotRun("rxjava", IDIOM, MILLION, "did not finish within 180 s")),
                fanOutRun("virtual-threads", IDIOM, MILLION, 1_000, 1_900, 700));

        assertThat(results.targets().getFirst().text()).isEqualTo("every idiomatic fan-out of 1M one-second waits finishes"
                + " within 1 s of its ideal: not met (overhead at N = 1,000,000: virtual-threads +900.0 ms,"
                + " reactor not run at 1M, rxjava failed: did not finish within 180 s, completable-future not run at 1M)");
    }

    @Test
    void doesNotJudgeTheMillionWaitsTargetWithoutAMillionOneSecondWaits() {
        FanOutResults shorterWait = fanOutResults(500, List.of(), fanOutRun("virtual-threads", IDIOM, MILLION, 500, 900, 700));
        FanOutResults smaller = fanOutResults(1_000, List.of(), fanOutRun("virtual-threads", IDIOM, 100_000, 1_000, 1_100, 700));

        assertThat(shorterWait.targets().getFirst().status()).isEqualTo(Status.NOT_MEASURED);
        assertThat(shorterWait.targets().getFirst().figures()).startsWith("the sweep's wait was 500.0 ms, not 1 s");
        assertThat(smaller.targets().getFirst().status()).isEqualTo(Status.NOT_MEASURED);
        assertThat(new FanOutResults(java.util.Optional.empty(), java.util.Optional.of(asyncio())).targets())
                .extracting(Target::status).containsOnly(Status.NOT_MEASURED);
    }

    @Test
    void judgesTheHeapTargetAtTheLargestNOfTheVirtualThreadsIdiomOnly() {
        FanOutResults over = fanOutResults(1_000, List.of(),
                fanOutRun("virtual-threads", IDIOM, 1_000, 1_000, 1_010, 900),
                fanOutRun("virtual-threads", IDIOM, 10_000, 1_000, 1_100, 1_100),
                fanOutRun("virtual-threads", FanOutVariant.PLATFORM_THREAD_PER_TASK, 10_000, 1_000, 8_000, 300));

        Target heap = over.targets().getLast();
        assertThat(heap.status()).isEqualTo(Status.NOT_MET);
        assertThat(heap.figures()).isEqualTo("1,100.0 B per task at N = 10,000; 900.0 B at N = 1,000");
        assertThat(fanOutResults(1_000, List.of(), fanOutRun("reactor", IDIOM, 1_000, 1_000, 1_010, 100)).targets().getLast().status())
                .isEqualTo(Status.NOT_MEASURED);
    }

    @Test
    void neverCountsAPitfallAsItsModelsResult() {
        FanOutResults results = fanOutResults(1_000, List.of(),
                fanOutRun("virtual-threads", IDIOM, 10_000, 1_000, 1_100, 900),
                fanOutRun("reactor", IDIOM, 10_000, 1_000, 1_300, 400),
                fanOutRun("reactor", FLATMAP, 10_000, 1_000, 1_001, 400),
                fanOutRun("completable-future", FIXED_POOL_200, 10_000, 1_000, 50_001, 400));

        assertThat(results.verdicts()).containsExactly(
                "N = 10,000: virtual-threads had the least overhead (+100.0 ms); then reactor +300.0 ms.");
        assertThat(results.pitfallCosts()).containsExactly(
                "reactor flatmap (pitfall) at N = 10,000: 1,001.0 ms against its idiom's 1,300.0 ms (−299.0 ms);"
                        + " per task 400.0 B of heap against 400.0 B.",
                "completable-future fixed-pool-200 (pitfall) at N = 10,000: 50,001.0 ms; no idiom of completable-future"
                        + " ran at that N to compare with.");
    }

    @Test
    void callsOverheadsWithinTwentyMillisecondsOrTwentyPercentTies() {
        FanOutResults results = fanOutResults(1_000, List.of(),
                fanOutRun("virtual-threads", IDIOM, 1_000, 1_000, 1_019, 900),
                fanOutRun("reactor", IDIOM, 1_000, 1_000, 1_001, 400),
                fanOutRun("rxjava", IDIOM, 1_000, 1_000, 1_022, 400),
                fanOutRun("virtual-threads", IDIOM, 100_000, 1_000, 1_230, 900),
                fanOutRun("reactor", IDIOM, 100_000, 1_000, 1_200, 400),
                fanOutRun("rxjava", IDIOM, 100_000, 1_000, 1_250, 400));

        assertThat(results.verdicts()).containsExactly(
                "N = 1,000: reactor (+1.0 ms) and virtual-threads (+19.0 ms) tie for the least overhead (one run each:"
                        + " differences under 20 ms or 20% count as ties); then rxjava +22.0 ms.",
                "N = 100,000: reactor (+200.0 ms) and virtual-threads (+230.0 ms) tie for the least overhead (one run each:"
                        + " differences under 20 ms or 20% count as ties); then rxjava +250.0 ms.");
    }

    @Test
    void rejectsARunWithoutTasksNamingTheFile() {
        Path file = dir.resolve(AsyncioFanOut.FILE);

        String noTasks = """
                {"scenario": "fan-out", "interpreter": "CPython 3.11.7", "processors": 2, "runs": [{"model": "asyncio", "n": 0,
                 "delayMs": 1000.0, "wallMs": 1017.9, "overheadMs": 17.9, "allParkedMs": 17.1, "bytesPerTask": 1507.3,
                 "rssBeforeBytes": 1, "rssParkedBytes": 2, "peakRssBytes": 3, "rssSource": "/proc/self/statm"}]}""";
        assertThatThrownBy(() -> AsyncioFanOut.parse(file, bytes(noTasks)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(file + " is not the asyncio fan-out's JSON: a run lacks its \"model\" or a positive \"n\"");
    }

    private FanOutResults sample(String name) throws IOException {
        Path file = Fixtures.copy(name, dir);
        return FanOutResults.parse(file, Files.readAllBytes(file));
    }

    private AsyncioFanOut asyncio() {
        Path file = Fixtures.copy(Fixtures.ASYNCIO_FAN_OUT, dir);
        try {
            return AsyncioFanOut.parse(file, Files.readAllBytes(file));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
