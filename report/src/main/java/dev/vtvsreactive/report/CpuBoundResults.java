package dev.vtvsreactive.report;

import dev.vtvsreactive.bench.cpu.CpuBoundPlan;
import dev.vtvsreactive.bench.cpu.CpuBoundReport;
import dev.vtvsreactive.bench.cpu.CpuBoundRun;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.DoubleSummaryStatistics;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What the CPU-bound experiment found, told the same way by {@code ./compare cpu-bound}, the
 * console summary and the report: per run the heartbeat's worst gap, how late the reply came, the
 * CPU task's time and the ticks during it; per model a verdict; and the answer to the lesson's quiz
 * that these numbers give.
 *
 * <p>A measured probe, not a JMH benchmark: one run per model and variant, whose times vary from
 * one run to the next.
 *
 * <pre>{@code
 * CpuBoundResults results = new CpuBoundResults(CpuBoundExperiment.run(TimeScale.LESSON, models));
 * System.out.print(results.console());
 * }</pre>
 *
 * <p>The asyncio baseline's runs ({@code asyncio/cpubound.py}, the same plan with its CPU work
 * calibrated for the interpreter) join the Java runs when given, after them.
 *
 * @param report the experiment's report, with at least one run
 * @param asyncio the asyncio baseline's report in the same shape, when it ran; its {@code java} names the interpreter
 */
public record CpuBoundResults(CpuBoundReport report, Optional<CpuBoundReport> asyncio) {

    /** The asyncio baseline's runs beside {@code results.json}, where the report looks for them. */
    static final String ASYNCIO_FILE = "asyncio-cpu-bound.json";

    /**
     * A run kept ticking evenly when it ticked at least this share of the periods in its CPU task:
     * below, the CPU work held the loop back at times without stalling it (a GIL shared with the loop).
     */
    static final double EVEN_TICKS_SHARE = 0.8;

    /** The experiment's JSON beside JMH's {@code results.json}, where the report looks for it. */
    public static final String FILE = "cpu-bound.json";

    /** The lesson's quiz question that the experiment answers. */
    static final String QUIZ = "Is an event loop a good choice for CPU-bound work?";

    /**
     * The heartbeat stalled when one gap covers at least this share of the CPU task's time: the
     * computation, not the machine's noise, held the loop.
     */
    static final double STALL_SHARE = 0.5;

    private static final int MILLIS_DECIMALS = 1;

    public CpuBoundResults {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(asyncio, "asyncio");
        if (report.runs().isEmpty()) {
            throw new IllegalArgumentException("the CPU-bound report holds no run");
        }
    }

    /** The Java experiment's {@code report} alone. */
    public CpuBoundResults(CpuBoundReport report) {
        this(report, Optional.empty());
    }

    /** These results with the asyncio baseline's {@code runs} after the Java ones. */
    CpuBoundResults withAsyncio(CpuBoundResults runs) {
        return new CpuBoundResults(report, Optional.of(runs.report()));
    }

    /**
     * Reads the JSON of {@link CpuBoundReport#toJson()}.
     *
     * @throws IllegalArgumentException naming {@code source} and what is wrong when it is not that
     */
    public static CpuBoundResults parse(Path source, byte[] json) {
        CpuBoundReport report = ExperimentJson.read(source, json, CpuBoundReport.SCENARIO, CpuBoundReport.class,
                "a CPU-bound experiment report");
        if (report.runs().isEmpty()) {
            throw new IllegalArgumentException(source + " holds no run of the CPU-bound experiment");
        }
        return new CpuBoundResults(report);
    }

    /** The plan every run followed. */
    CpuBoundPlan plan() {
        return report.plan();
    }

    /** Every run, per model in the order the experiment ran them, then the asyncio baseline's. */
    List<CpuBoundRun> runs() {
        return Stream.concat(report.runs().stream(), asyncio.stream().flatMap(baseline -> baseline.runs().stream())).toList();
    }

    /** Whether {@code run} is the asyncio baseline's: never a Java model's result. */
    boolean isAsyncio(CpuBoundRun run) {
        return asyncio.isPresent() && asyncio.get().runs().contains(run);
    }

    /** The model's name as the table shows it: an asyncio run names its interpreter, {@code asyncio (CPython 3.11.7)}. */
    String modelLabel(CpuBoundRun run) {
        return isAsyncio(run) ? run.model() + " (" + asyncio.orElseThrow().java() + ")" : run.model();
    }

    /** The models, in the order the experiment ran them. */
    List<String> models() {
        return runs().stream().map(CpuBoundRun::model).distinct().toList();
    }

    /** Whether the heartbeat of {@code run} stalled: one gap covered at least {@value #STALL_SHARE} of the CPU task. */
    static boolean stalled(CpuBoundRun run) {
        return run.worstGapMs() >= STALL_SHARE * run.cpuTimeMs();
    }

    /**
     * Whether the numbers give the lesson's answer, no: every run with the CPU work on the loop
     * stalled the heartbeat, and no run with it handed off did.
     */
    boolean answersNo() {
        return !onLoop().isEmpty() && onLoop().stream().allMatch(CpuBoundResults::stalled)
                && offloaded().stream().noneMatch(CpuBoundResults::stalled);
    }

    /** The quiz's answer from the numbers: {@code No (b): ...}, or what the run shows instead. */
    String quizAnswer() {
        List<CpuBoundRun> onLoop = onLoop();
        List<CpuBoundRun> stalled = onLoop.stream().filter(CpuBoundResults::stalled).toList();
        List<CpuBoundRun> ticking = onLoop.stream().filter(run -> !stalled(run)).toList();
        String period = planMillis(plan().periodMs()) + " ms";
        StringBuilder answer = new StringBuilder(QUIZ).append(' ');
        if (onLoop.isEmpty()) {
            answer.append("Not answered: no run put the CPU work on the loop");
        } else if (ticking.isEmpty()) {
            answer.append("No (the lesson's b): with the CPU work on the loop, the heartbeat stalled in every run, its worst gap ")
                    .append(range(onLoop, CpuBoundRun::worstGapMs)).append(" ms against its ").append(period)
                    .append(" period, and the reply came ").append(range(onLoop, CpuBoundRun::replyDelayMs)).append(" ms late");
        } else if (stalled.isEmpty()) {
            answer.append("Not shown by this run: with the CPU work on the loop, the heartbeat kept ticking (worst gap ")
                    .append(range(onLoop, CpuBoundRun::worstGapMs)).append(" ms against its ").append(period)
                    .append(" period); the CPU task may have been too short here");
        } else {
            answer.append("Mostly no: with the CPU work on the loop, the heartbeat stalled in ").append(names(stalled))
                    .append(" (worst gap ").append(range(stalled, CpuBoundRun::worstGapMs)).append(" ms against its ").append(period)
                    .append(" period) but kept ticking in ").append(names(ticking))
                    .append(" (worst gap ").append(range(ticking, CpuBoundRun::worstGapMs)).append(" ms)");
        }
        List<CpuBoundRun> offloaded = offloaded();
        if (!offloaded.isEmpty()) {
            answer.append("; handed off the loop, the worst gap was ").append(range(offloaded, CpuBoundRun::worstGapMs))
                    .append(" ms and the reply at most ")
                    .append(millis(offloaded.stream().mapToDouble(CpuBoundRun::replyDelayMs).max().orElseThrow())).append(" ms late");
            List<CpuBoundRun> offloadedStalled = offloaded.stream().filter(CpuBoundResults::stalled).toList();
            if (!offloadedStalled.isEmpty()) {
                answer.append(", yet the heartbeat stalled in ").append(names(offloadedStalled))
                        .append(" as well (was the machine busy with other work?)");
            }
        }
        answer.append('.');
        asyncio.ifPresent(baseline -> answer.append(' ').append(asyncioSentence(baseline.runs())));
        return answer.toString();
    }

    /** The asyncio baseline beside the answer, never in it: how each of its runs kept the heartbeat. */
    private String asyncioSentence(List<CpuBoundRun> runs) {
        return "The lesson's own asyncio (" + asyncio.orElseThrow().java() + "): " + runs.stream()
                .map(run -> name(run) + " " + (stalled(run) ? "stalled" : "kept ticking") + " (worst gap "
                        + millis(run.worstGapMs()) + " ms)")
                .collect(Collectors.joining(", ")) + ".";
    }

    /**
     * One sentence on {@code model}: per variant whether the heartbeat stalled, its worst gap and
     * how late the reply came.
     */
    String verdict(String model) {
        List<CpuBoundRun> runs = runs().stream().filter(run -> run.model().equals(model)).toList();
        return runs.stream()
                .map(run -> run.variant() + ", the heartbeat " + heartbeat(run)
                        + " (worst gap " + millis(run.worstGapMs()) + " ms, " + periods(run) + " its period; "
                        + (stalled(run) || tickedEvenly(run) ? "" : run.ticksDuringCpu() + " of ~" + expectedTicks(run) + " ticks during the CPU task; ")
                        + "reply " + millis(run.replyDelayMs()) + " ms late)")
                .collect(Collectors.joining("; ", modelLabel(runs.getFirst()) + ": ", "."));
    }

    /** {@code stalled}, {@code kept ticking}, or {@code kept ticking, unevenly} when it missed more than a few ticks. */
    private static String heartbeat(CpuBoundRun run) {
        if (stalled(run)) {
            return "stalled";
        }
        return tickedEvenly(run) ? "kept ticking" : "kept ticking, unevenly";
    }

    /** Whether the heartbeat ticked through the CPU task about as often as a free loop would. */
    static boolean tickedEvenly(CpuBoundRun run) {
        return run.ticksDuringCpu() >= EVEN_TICKS_SHARE * expectedTicks(run);
    }

    /** The table's headings; with {@code wiring}, a last column says how the model wired each run. */
    List<String> headers(boolean wiring) {
        List<String> headers = new ArrayList<>(List.of(
                "Model", "Variant", "Worst gap (ms)", "× period", "Reply delay (ms)", "CPU time (ms)", "Ticks during CPU"));
        if (wiring) {
            headers.add("Wiring");
        }
        return List.copyOf(headers);
    }

    /** One row per run, cells as {@link #headers(boolean)} names them. */
    List<List<String>> rows(boolean wiring) {
        return runs().stream().map(run -> {
            List<String> cells = new ArrayList<>(List.of(
                    modelLabel(run), run.variant().label(), millis(run.worstGapMs()), periods(run), millis(run.replyDelayMs()),
                    millis(run.cpuTimeMs()), run.ticksDuringCpu() + " of ~" + expectedTicks(run)));
            if (wiring) {
                cells.add(run.wiring());
            }
            return List.copyOf(cells);
        }).toList();
    }

    /** What the table's measures are. */
    String reading() {
        return "Worst gap: the longest the heartbeat went without a tick, ideally its period; reply delay: how much"
                + " later than due the reply came; ticks during CPU: of about as many " + planMillis(plan().periodMs())
                + " ms periods as fit in the CPU task's time.";
    }

    /** The table, each model's verdict and the quiz's answer, in plain text: the console summary's part. */
    String summary() {
        return TextTable.render(headers(false), rows(false)) + reading() + "\n\n"
                + models().stream().map(this::verdict).collect(Collectors.joining("\n", "", "\n\n"))
                + "Quiz: " + quizAnswer() + "\n";
    }

    /** What {@code ./compare cpu-bound} prints: every run's heartbeat as a strip of text, then {@link #summary()}. */
    public String console() {
        return HeartbeatStrips.render(this) + "\n" + summary();
    }

    /** About how many heartbeat ticks fit in the run's CPU task: what a free loop would have ticked. */
    static long expectedTicks(CpuBoundRun run) {
        return Math.round(run.cpuTimeMs() / run.plan().periodMs());
    }

    /** {@code 48.1×}: the worst gap in heartbeat periods. */
    static String periods(CpuBoundRun run) {
        return Numbers.fixed(run.worstGapMs() / run.plan().periodMs(), MILLIS_DECIMALS) + "×";
    }

    /** {@code 10} or {@code 0.5}: a time of the plan, without decimals it does not have. */
    static String planMillis(double millis) {
        return millis == Math.rint(millis) ? Numbers.fixed(millis, 0) : millis(millis);
    }

    /** {@code 1,234.5}: milliseconds as the CPU-bound tables show them. */
    static String millis(double millis) {
        return Numbers.fixed(millis, MILLIS_DECIMALS);
    }

    /** {@code virtual-threads (blocked)}. */
    static String name(CpuBoundRun run) {
        return run.model() + " (" + run.variant() + ")";
    }

    /** The Java runs with the CPU work on the loop: the quiz is answered for the Java models, asyncio told apart. */
    private List<CpuBoundRun> onLoop() {
        return report.runs().stream().filter(run -> !run.variant().offloaded()).toList();
    }

    private List<CpuBoundRun> offloaded() {
        return report.runs().stream().filter(run -> run.variant().offloaded()).toList();
    }

    /** {@code 12.0} for one value, {@code 11.8–23.2} for several. */
    private static String range(List<CpuBoundRun> runs, ToDoubleFunction<CpuBoundRun> measure) {
        DoubleSummaryStatistics values = runs.stream().mapToDouble(measure).summaryStatistics();
        String min = millis(values.getMin());
        String max = millis(values.getMax());
        return min.equals(max) ? min : min + "–" + max;
    }

    private static String names(List<CpuBoundRun> runs) {
        return runs.stream().map(CpuBoundResults::name).collect(Collectors.joining(", "));
    }
}
