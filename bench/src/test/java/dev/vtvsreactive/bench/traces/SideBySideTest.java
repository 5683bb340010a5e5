package dev.vtvsreactive.bench.traces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.vtvsreactive.bench.traces.SideBySide.Column;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Columns of one width side by side: titled, ruled, padded, the gutter unbroken, long lines wrapped under themselves. */
class SideBySideTest {

    @Test
    void laysColumnsOutSideBySideEachPaddedToTheSameWidth() {
        List<String> rows = SideBySide.render(List.of(
                new Column("none", List.of("JobFailedException", "  Job.finish:123")),
                new Column("checkpoint", List.of("JobFailedException"))), 23, 10, 40);

        assertThat(rows).containsExactly(
                "none       │ checkpoint",
                "────────── │ ──────────",
                "JobFailedE │ JobFailedE",
                "  xception │   xception",
                "  Job.fini │",
                "    sh:123 │");
    }

    @Test
    void wrapsAtTheLastSpaceThatFitsAndIndentsTheRestUnderTheLine() {
        assertThat(SideBySide.wrap("  Suppressed: Exception: #block terminated", 20))
                .containsExactly("  Suppressed:", "    Exception:", "    #block", "    terminated");
        assertThat(SideBySide.wrap("short", 20)).containsExactly("short");
    }

    @Test
    void keepsEachColumnWithinItsBoundsWhateverTheWidth() {
        assertThat(SideBySide.render(List.of(new Column("a", List.of())), 160, 10, 12)).containsExactly("a", "─".repeat(12));
        assertThat(SideBySide.render(List.of(new Column("a", List.of()), new Column("b", List.of())), 10, 6, 40))
                .containsExactly("a      │ b", "────── │ ──────");
        assertThatIllegalArgumentException().isThrownBy(() -> SideBySide.render(List.of(), 80, 10, 40));
    }
}
