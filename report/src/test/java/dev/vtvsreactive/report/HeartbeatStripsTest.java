package dev.vtvsreactive.report;

import static dev.vtvsreactive.report.Fixtures.cpuBoundResults;
import static dev.vtvsreactive.report.Fixtures.cpuBoundRun;
import static dev.vtvsreactive.lesson.cpu.CpuBoundVariant.BLOCKED;
import static dev.vtvsreactive.lesson.cpu.CpuBoundVariant.FIXED;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeartbeatStripsTest {

    @Test
    void aStalledLoopIsASolidBlockWhereTheCpuTaskRan() {
        // 20 ms columns over 1,000 ms: ticks up to 300 ms, the CPU task 300–800 ms without a tick, ticks again.
        String strip = HeartbeatStrips.strip(cpuBoundRun("reactor", BLOCKED, true), 20, 50);

        assertThat(strip).isEqualTo("·".repeat(15) + "█".repeat(25) + "·".repeat(10));
    }

    @Test
    void aFreeLoopKeepsTickingThroughTheCpuTask() {
        String strip = HeartbeatStrips.strip(cpuBoundRun("reactor", FIXED, false), 20, 50);

        assertThat(strip).isEqualTo("·".repeat(15) + "░".repeat(25) + "·".repeat(10));
    }

    @Test
    void aGapWithoutTheCpuTaskIsBlankAndShortRunsArePaddedToTheWidth() {
        String strip = HeartbeatStrips.strip(cpuBoundRun("reactor", FIXED, false), 100, 12);

        assertThat(strip).hasSize(12).endsWith("  ");
    }

    @ParameterizedTest
    @CsvSource({"600, 10", "641, 20", "1200, 20", "1281, 25", "3000, 50", "900000, 14063"})
    void columnsAreRoundWidthsThatFitTheLongestRun(double endMillis, int columnMillis) {
        assertThat(HeartbeatStrips.columnMillis(endMillis)).isEqualTo(columnMillis);
    }

    @Test
    void rendersTheLegendTheAxisAndOneAlignedLinePerRun() {
        List<String> lines = HeartbeatStrips.render(cpuBoundResults(
                cpuBoundRun("virtual-threads", BLOCKED, true), cpuBoundRun("reactor", FIXED, false))).lines().toList();

        assertThat(lines.getFirst()).startsWith("Heartbeat every 10 ms on each model's loop; the CPU task (primes below 1,000,");
        assertThat(lines.get(1)).startsWith("One column = 20 ms.");
        assertThat(lines.get(3)).matches(" +0 +200 +400 +600 +800");
        assertThat(lines.get(4)).startsWith("virtual-threads  blocked  ···").endsWith("  worst gap 500.0 ms");
        assertThat(lines.get(5)).startsWith("reactor          fixed    ···").endsWith("  worst gap 10.0 ms");
        assertThat(lines.get(4).indexOf("worst gap")).isEqualTo(lines.get(5).indexOf("worst gap"));
    }
}
