package dev.vtvsreactive.report;

import dev.vtvsreactive.bench.cpu.CpuBoundPlan;
import dev.vtvsreactive.bench.cpu.CpuBoundRun;
import java.util.List;
import java.util.Locale;

/**
 * Every run's heartbeat as one line of text, one character per column of time: where it ticked,
 * where the CPU task ran, and the gaps. A stalled loop reads as a solid block, a free one as dots
 * through the CPU task:
 *
 * <pre>
 *                   0         200       400       600       800
 * reactor  blocked  ···············█████████████████████████···········  worst gap 481.1 ms
 * reactor  fixed    ···············░░░░░░░░░░░░░░░░░░···················  worst gap 12.7 ms
 * </pre>
 */
final class HeartbeatStrips {

    /** No line is wider than this many columns of time. */
    private static final int MAX_COLUMNS = 64;

    private static final char TICK = '·';
    private static final char CPU_STALLED = '█';
    private static final char CPU_TICKING = '░';
    private static final char NO_TICK = ' ';

    /** Column widths to choose from, in ms: round numbers, so that the axis reads easily. */
    private static final List<Integer> STEPS = List.of(10, 20, 25, 50, 100, 200, 250, 500, 1_000, 2_000, 5_000, 10_000);
    /** An axis label every this many columns. */
    private static final int LABEL_EVERY = 10;

    private HeartbeatStrips() {
    }

    /** The legend, the time axis and one line per run of {@code results}. */
    static String render(CpuBoundResults results) {
        List<CpuBoundRun> runs = results.runs();
        double end = runs.stream().mapToDouble(CpuBoundRun::endMs).max().orElseThrow();
        int column = columnMillis(end);
        int modelWidth = runs.stream().mapToInt(run -> run.model().length()).max().orElseThrow();
        int nameWidth = modelWidth + 2 + runs.stream().mapToInt(run -> run.variant().label().length()).max().orElseThrow();
        CpuBoundPlan plan = results.plan();

        StringBuilder text = new StringBuilder()
                .append("Heartbeat every ").append(CpuBoundResults.planMillis(plan.periodMs())).append(" ms on each model's loop;")
                .append(" the CPU task (primes below ").append(String.format(Locale.ROOT, "%,d", plan.work().limit())).append(", about ")
                .append(CpuBoundResults.planMillis(plan.cpuTargetMs())).append(" ms of work) starts at ")
                .append(CpuBoundResults.planMillis(plan.cpuStartMs())).append(" ms; a reply is asked for at ")
                .append(CpuBoundResults.planMillis(plan.askMs())).append(" ms, due ")
                .append(CpuBoundResults.planMillis(plan.replySleepMs())).append(" ms later.\n")
                .append("One column = ").append(column).append(" ms.  ").append(TICK).append(" ticked   ")
                .append(CPU_STALLED).append(" CPU task running, no tick   ").append(CPU_TICKING)
                .append(" CPU task running, still ticking   blank: no tick\n\n");
        int columns = (int) Math.ceil(end / column);
        text.append(" ".repeat(nameWidth + 2)).append(axis(column, columns)).append('\n');
        for (CpuBoundRun run : runs) {
            text.append(String.format(Locale.ROOT, "%-" + modelWidth + "s  %-" + (nameWidth - modelWidth - 2) + "s  ",
                            run.model(), run.variant())).append(strip(run, column, columns))
                    .append("  worst gap ").append(CpuBoundResults.millis(run.worstGapMs())).append(" ms\n");
        }
        return text.toString();
    }

    /**
     * The run's line: one character per {@code columnMillis} from 0 to its end, then blank up to
     * {@code width} columns so that the lines of runs of different lengths end together.
     */
    static String strip(CpuBoundRun run, int columnMillis, int width) {
        int columns = (int) Math.ceil(run.endMs() / columnMillis);
        boolean[] ticked = new boolean[columns];
        boolean[] tickedDuringCpu = new boolean[columns];
        for (double tick : run.ticksMs()) {
            int column = Math.min(columns - 1, (int) (tick / columnMillis));
            ticked[column] = true;
            tickedDuringCpu[column] |= run.cpuMs().contains(tick);
        }
        StringBuilder strip = new StringBuilder(width);
        for (int i = 0; i < columns; i++) {
            // A column belongs to the CPU task when its middle does; only ticks inside the task count as ticking through it.
            boolean cpu = run.cpuMs().contains((i + 0.5) * columnMillis);
            strip.append(cpu ? (tickedDuringCpu[i] ? CPU_TICKING : CPU_STALLED) : (ticked[i] ? TICK : NO_TICK));
        }
        return strip.append(" ".repeat(Math.max(0, width - columns))).toString();
    }

    /** The narrowest round column width that fits {@code endMillis} in {@value #MAX_COLUMNS} columns. */
    static int columnMillis(double endMillis) {
        return STEPS.stream()
                .filter(step -> endMillis / step <= MAX_COLUMNS)
                .findFirst()
                .orElseGet(() -> (int) Math.ceil(endMillis / MAX_COLUMNS));
    }

    /** {@code 0         200       400}: the time at every {@value #LABEL_EVERY}th column. */
    private static String axis(int columnMillis, int columns) {
        StringBuilder axis = new StringBuilder();
        for (int i = 0; i < columns; i += LABEL_EVERY) {
            String label = String.format(Locale.ROOT, "%,d", i * columnMillis);
            axis.append(label).append(" ".repeat(Math.max(1, LABEL_EVERY - label.length())));
        }
        return axis.toString().stripTrailing();
    }
}
