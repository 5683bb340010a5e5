package dev.vtvsreactive.bench.cpu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.vtvsreactive.lesson.TimeScale;
import dev.vtvsreactive.lesson.cpu.CpuBoundVariant;
import dev.vtvsreactive.lesson.http.LessonJson;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class CpuBoundRunTest {

    private static final CpuBoundPlan PLAN = CpuBoundPlan.at(TimeScale.LESSON, CpuWork.of(1_000));
    private static final CpuBoundRun.Jvm JVM = new CpuBoundRun.Jvm(42, true, Map.of("name", "1"));

    private static CpuBoundRun run(List<Double> ticks, double cpuStart, double cpuEnd, double reply, double end) {
        return new CpuBoundRun("model", CpuBoundVariant.BLOCKED, "wiring", JVM, PLAN, ticks,
                new CpuBoundRun.Window(cpuStart, cpuEnd), 400, reply, end, 168);
    }

    @Test
    void theWorstGapIsTheLongestStretchWithoutATickFromStartToEnd() {
        assertThat(run(List.of(10.0, 20.0, 300.0, 810.0, 820.0), 300.5, 805, 830, 900).worstGapMs()).isEqualTo(510);
        assertThat(run(List.of(10.0, 20.0), 300.5, 805, 830, 900).worstGapMs()).as("up to the end").isEqualTo(880);
        assertThat(run(List.of(50.0, 60.0), 300.5, 805, 830, 60).worstGapMs()).as("from the first tick").isEqualTo(10);
        assertThat(run(List.of(), 300.5, 805, 830, 900).worstGapMs()).isEqualTo(900);
    }

    @Test
    void ticksDuringAWindowAreThoseStrictlyInsideIt() {
        CpuBoundRun run = run(List.of(10.0, 300.0, 310.0, 320.0, 805.0), 300, 805, 830, 900);

        assertThat(run.ticksDuring(run.cpuMs())).containsExactly(310.0, 320.0);
        assertThat(run.ticksDuringCpu()).isEqualTo(2);
        assertThat(run.ticksDuring(new CpuBoundRun.Window(0, 10))).isEmpty();
    }

    @Test
    void theReplyDelayIsHowLongAfterTheAskAndItsSleepTheReplyCame() {
        assertThat(run(List.of(), 300, 805, 830, 900).replyDelayMs()).isEqualTo(830 - (400 + 20));
        assertThat(run(List.of(), 300, 805, 420, 900).replyDelayMs()).isZero();
    }

    @Test
    void theCpuTimeIsTheLengthOfItsWindow() {
        assertThat(run(List.of(), 300.25, 805.5, 830, 900).cpuTimeMs()).isEqualTo(505.25);
    }

    @Test
    void aTickOutsideTheRunOrAWindowEndingBeforeItStartsIsRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> run(List.of(10.0, 950.0), 300, 805, 830, 900))
                .withMessageContaining("between the start (0) and the end (900.0 ms)");
        assertThatIllegalArgumentException().isThrownBy(() -> new CpuBoundRun.Window(10, 5))
                .withMessageContaining("must not end (5.0 ms) before it starts (10.0 ms)");
    }

    @Test
    void itsJsonHasTheMeasuresBesideTheTimelineAndReadsBackAsTheSameRun() {
        CpuBoundRun run = run(List.of(10.0, 20.0, 810.0), 300, 805, 830, 900);

        String json = LessonJson.MAPPER.writeValueAsString(run);
        JsonNode tree = LessonJson.MAPPER.readTree(json);

        assertThat(tree.get("variant").asString()).isEqualTo("blocked");
        assertThat(tree.get("worstGapMs").asDouble()).isEqualTo(790);
        assertThat(tree.get("replyDelayMs").asDouble()).isEqualTo(410);
        assertThat(tree.get("cpuTimeMs").asDouble()).isEqualTo(505);
        assertThat(tree.get("ticksDuringCpu").asInt()).isZero();
        assertThat(tree.get("jvm").get("properties").get("name").asString()).isEqualTo("1");
        assertThat(LessonJson.MAPPER.readValue(json, CpuBoundRun.class)).isEqualTo(run);
    }
}
