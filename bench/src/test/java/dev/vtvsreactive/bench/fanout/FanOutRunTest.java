package dev.vtvsreactive.bench.fanout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.vtvsreactive.lesson.fanout.FanOutVariant;
import dev.vtvsreactive.lesson.http.LessonJson;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class FanOutRunTest {

    private final FanOutRun run = FakeFanOuts.run(FanOutVariant.FIXED_POOL_200, 1_000, 5_250.5);

    @Test
    void theOverheadIsTheWallTimeBeyondTheWaitTheFixedPoolsRoundsIncluded() {
        assertThat(run.idealMs()).isEqualTo(1_000);
        assertThat(run.overheadMs()).isEqualTo(4_250.5);
        assertThat(run.pitfall()).isTrue();
    }

    @Test
    void memoryPerTaskIsTheGrowthFromTheBaselineDividedAmongTheTasks() {
        assertThat(run.heapPerTaskBytes()).isEqualTo(800);
        assertThat(run.threadNativePerTaskBytes()).isEqualTo(16);
    }

    @Test
    void withoutNativeMemoryTrackingThereIsNoThreadNativeFigure() {
        FanOutRun.Memory untracked = new FanOutRun.Memory(1_000, 60, 1_000, 5_000_000, 5_800_000, null, null);
        FanOutRun withoutTracking = new FanOutRun(run.model(), run.variant(), run.wiring(), run.tasks(), run.waitMs(),
                run.wallMs(), run.allWaitingMs(), run.firstFinishedMs(), untracked, run.peaks(), run.gcMs(), run.loadAverage(),
                run.jvm());

        assertThat(withoutTracking.threadNativePerTaskBytes()).isNull();
    }

    @Test
    void aRunWithoutTasksIsRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> FakeFanOuts.run(FanOutVariant.IDIOM, 0, 1_000))
                .withMessage("a fan-out has at least one task, was 0");
    }

    @Test
    void itsJsonHasTheMeasuresBesideWhatWasMeasuredAndReadsBackAsTheSameRun() {
        String json = LessonJson.MAPPER.writeValueAsString(run);
        JsonNode tree = LessonJson.MAPPER.readTree(json);

        assertThat(tree.get("variant").asString()).isEqualTo("fixed-pool-200");
        assertThat(tree.get("pitfall").asBoolean()).isTrue();
        assertThat(tree.get("idealMs").asDouble()).isEqualTo(1_000);
        assertThat(tree.get("overheadMs").asDouble()).isEqualTo(4_250.5);
        assertThat(tree.get("heapPerTaskBytes").asDouble()).isEqualTo(800);
        assertThat(tree.get("threadNativePerTaskBytes").asDouble()).isEqualTo(16);
        assertThat(tree.get("peaks").get("rssBytes").asLong()).isEqualTo(90_000_000);
        assertThat(tree.get("gcMs").get("G1 Young Generation").asLong()).isEqualTo(7);
        assertThat(LessonJson.MAPPER.readValue(json, FanOutRun.class)).isEqualTo(run);
    }
}
