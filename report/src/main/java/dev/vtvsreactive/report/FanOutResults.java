package dev.vtvsreactive.report;

import dev.vtvsreactive.lesson.Model;
import dev.vtvsreactive.bench.fanout.FanOutPlan;
import dev.vtvsreactive.bench.fanout.FanOutReport;
import dev.vtvsreactive.bench.fanout.FanOutReport.NotRun;
import dev.vtvsreactive.bench.fanout.FanOutRun;
import dev.vtvsreactive.lesson.fanout.FanOutVariant;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What the fan-out experiment found, told the same way by {@code ./compare fanout}, the console
 * summary and the report: per model, variant and N the wall time against the ideal and the memory
 * each waiting task took; per N which idiom had the least overhead; what each pitfall cost against
 * its model's idiom; and the two targets, judged from the data. The asyncio baseline's runs,
 * when there are any, are placed beside the Java models'.
 *
 * <p>A measured probe, not a JMH benchmark: one timed run per point, in a fresh JVM (or
 * interpreter) each, so no error bars; differences under {@value #TIE_MS} ms or
 * {@value #TIE_SHARE} of the least overhead count as ties.
 *
 * <pre>{@code
 * FanOutResults results = new FanOutResults(FanOutExperiment.run(FanOutPlan.of(List.of(1_000, 10_000), 1_000), models));
 * System.out.print(results.console());
 * }</pre>
 *
 * @param java the Java sweep, when it ran
 * @param asyncio the asyncio baseline's fan-out, when it ran
 */
public record FanOutResults(Optional<FanOutReport> java, Optional<AsyncioFanOut> asyncio) {

    /** The sweep's JSON beside JMH's {@code results.json}, where the report looks for it. */
    public static final String FILE = "fan-out.json";

    /** Overheads closer than this to the least one are a tie: one run each, on a machine that is not quiet. */
    static final double TIE_MS = 20;
    /** ...or closer than this share of the least one. */
    static final double TIE_SHARE = 0.2;

    /** The targets: a million one-second waits... */
    static final int TARGET_TASKS = 1_000_000;
    static final double TARGET_WAIT_MS = 1_000;
    /** ...each idiom within a second of its ideal... */
    static final double TARGET_OVERHEAD_MS = 1_000;
    /** ...and a virtual thread's waiting task holding at most 1 KB of heap. */
    static final double TARGET_HEAP_BYTES = 1_024;
    /** How to get the million-task run that the first target needs. */
    static final String HOW_TO_RUN_1M = "./mvnw verify -Pbench-rigorous or ./compare fanout --n 1000000";

    /** A pitfall's thread memory per task is told when it exceeds its idiom's by this much: below, it is NMT's rounding. */
    private static final double THREAD_MEMORY_WORTH_TELLING = 100;

    private static final double MIB = 1024.0 * 1024;
    private static final String NONE = ScenarioTable.NONE;

    public FanOutResults {
        Objects.requireNonNull(java, "java");
        Objects.requireNonNull(asyncio, "asyncio");
        if (java.isEmpty() && asyncio.isEmpty()) {
            throw new IllegalArgumentException("fan-out results need the Java sweep, the asyncio baseline or both");
        }
    }

    /** The results of the Java sweep {@code report}. */
    public FanOutResults(FanOutReport report) {
        this(Optional.of(report), Optional.empty());
    }

    /**
     * Reads the JSON of {@link FanOutReport#toJson()}.
     *
     * @throws IllegalArgumentException naming {@code source} and what is wrong when it is not that
     */
    public static FanOutResults parse(Path source, byte[] json) {
        return new FanOutResults(ExperimentJson.read(source, json, FanOutReport.SCENARIO, FanOutReport.class,
                "a fan-out experiment report"));
    }

    /** These results with the asyncio baseline's fan-out beside them. */
    FanOutResults withAsyncio(AsyncioFanOut fanOut) {
        return new FanOutResults(java, Optional.of(fanOut));
    }

    /** Every point: the Java runs per model, variant and N as the sweep ran them, then asyncio's. */
    List<FanOutPoint> points() {
        return Stream.<FanOutPoint>concat(javaPoints().stream(), asyncioPoints().stream()).toList();
    }

    /** Every N measured by either side, increasing. */
    List<Integer> tasks() {
        return points().stream().map(FanOutPoint::tasks).distinct().sorted().toList();
    }

    /** What the sweep chose not to run, then what failed, each with its reason as the sweep gave it. */
    List<String> notRun() {
        List<String> lines = new ArrayList<>();
        java.ifPresent(report -> {
            report.skipped().forEach(skip -> lines.add("not run: " + describe(skip)));
            report.failed().forEach(failure -> lines.add("failed: " + describe(failure)));
        });
        return List.copyOf(lines);
    }

    /**
     * Per N, which Java idiom had the least overhead, the ties beside it, and where asyncio
     * stands; pitfalls are never in the running.
     */
    List<String> verdicts() {
        return tasks().stream().map(this::verdict).toList();
    }

    /** Per pitfall run, what it cost against its model's idiom at the same N. */
    List<String> pitfallCosts() {
        return javaPoints().stream().filter(FanOutPoint::pitfall).map(this::pitfallCost).toList();
    }

    /** Whether a target was met, as far as this run can tell. */
    enum Status {
        MET("met"),
        NOT_MET("not met"),
        NOT_MEASURED("not measured here");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }
    }

    /**
     * One of the targets, judged from the data.
     *
     * @param claim what the target says
     * @param status whether the data meet it
     * @param figures the numbers it was judged by, or why it could not be
     */
    record Target(String claim, Status status, String figures) {

        /** {@code claim: met (figures)}. */
        String text() {
            return claim + ": " + status.label() + " (" + figures + ")";
        }
    }

    /** The two targets: a million one-second waits within a second, a virtual thread's task in 1 KB of heap. */
    List<Target> targets() {
        return List.of(millionWaits(), virtualThreadHeap());
    }

    /** One line for the report's overview: the verdict at the largest N, and the targets' status. */
    String headline() {
        String largest = tasks().isEmpty() ? "No point was measured." : verdict(tasks().getLast());
        return largest + " Targets: " + targets().stream()
                .map(target -> target.claim() + ": " + target.status().label())
                .collect(Collectors.joining("; ")) + ".";
    }

    /** The table's headings. */
    List<String> headers() {
        return List.of("Model", "Variant", "N", "Wall (ms)", "Ideal (ms)", "Overhead (ms)", "Heap/task (B)",
                "Thread memory/task (B)", "RSS growth/task (B)", "Peak heap (MiB)", "Peak RSS (MiB)",
                "Peak platform threads", "GC (ms)", "Load avg at start");
    }

    /** One row per point, cells as {@link #headers()} names them; {@value ScenarioTable#NONE} where a measure does not apply. */
    List<List<String>> rows() {
        return points().stream().map(point -> {
            List<String> cells = new ArrayList<>(List.of(
                    point instanceof FanOutPoint.Asyncio ? point.series() : point.model(), point.variant(),
                    count(point.tasks()), millis(point.wallMs()), millis(point.idealMs()), overhead(point)));
            cells.addAll(switch (point) {
                case FanOutPoint.Java(FanOutRun run) -> List.of(
                        bytes(run.heapPerTaskBytes()),
                        run.threadNativePerTaskBytes() == null ? "not measured" : bytes(run.threadNativePerTaskBytes()),
                        NONE, mib(run.peaks().heapUsedBytes()),
                        run.peaks().rssBytes() == null ? "unknown"
                                : mib(run.peaks().rssBytes()) + (run.peaks().rssSinceRunStart() ? "" : " (JVM lifetime)"),
                        count(run.peaks().platformThreads()), gc(run.gcMs()),
                        run.loadAverage() < 0 ? "unknown" : Numbers.fixed(run.loadAverage(), 2));
                case FanOutPoint.Asyncio(String interpreter, AsyncioFanOut.Run run) -> List.of(
                        NONE, NONE, bytes(run.bytesPerTask()), NONE, mib(run.peakRssBytes()), NONE, NONE, NONE);
            });
            return List.copyOf(cells);
        }).toList();
    }

    /** What the table's measures are. */
    String reading() {
        return "Overhead: wall time − ideal, the wait D (a fixed pool's rounds of the wait count as overhead). Heap/task: the heap the"
                + " waiting tasks held, live after a GC, per task. Thread memory/task: the memory their threads took outside"
                + " the heap (Native Memory Tracking's Thread category), per task: a platform thread's stack is there, a"
                + " virtual thread's is on the heap. RSS growth/task (asyncio only): the process's resident memory with"
                + " every task parked, minus before, per task: resident memory, not heap, so not the Java runs' measure."
                + " Peak heap: the heap pools' peaks summed, garbage included. GC: the collectors' pauses during the timed"
                + " run (concurrent cycles apart). Load avg: the system's one-minute load as the run began.";
    }

    /** The table, what was not run, the verdicts, the pitfalls' cost and the targets, in plain text: what {@code ./compare fanout} prints. */
    public String console() {
        StringBuilder text = new StringBuilder(TextTable.render(headers(), rows())).append(reading()).append("\n\n");
        notRun().forEach(line -> text.append(line).append('\n'));
        text.append(notRun().isEmpty() ? "" : "\n").append("Verdicts\n");
        verdicts().forEach(line -> text.append(line).append('\n'));
        pitfallCosts().forEach(line -> text.append(line).append('\n'));
        text.append("\nTargets\n");
        targets().forEach(target -> text.append(target.text()).append('\n'));
        return text.toString();
    }

    private List<FanOutPoint.Java> javaPoints() {
        return java.stream().flatMap(report -> report.runs().stream()).map(FanOutPoint.Java::new).toList();
    }

    private List<FanOutPoint.Asyncio> asyncioPoints() {
        return asyncio.stream()
                .flatMap(fanOut -> fanOut.runs().stream().map(run -> new FanOutPoint.Asyncio(fanOut.interpreter(), run)))
                .toList();
    }

    private String verdict(int tasks) {
        List<FanOutPoint.Java> idioms = javaPoints().stream()
                .filter(point -> !point.pitfall() && point.tasks() == tasks)
                .sorted(Comparator.comparingDouble(FanOutPoint::overheadMs))
                .toList();
        StringBuilder text = new StringBuilder("N = ").append(count(tasks)).append(": ");
        if (idioms.isEmpty()) {
            text.append("no Java idiom ran.");
            asyncioPoints().stream().filter(point -> point.tasks() == tasks)
                    .forEach(point -> text.append(' ').append(point.series()).append(": ").append(signedMillis(point)).append('.'));
        } else {
            FanOutPoint best = idioms.getFirst();
            List<FanOutPoint.Java> tied = idioms.stream().filter(point -> tie(best, point)).toList();
            List<FanOutPoint.Java> behind = idioms.stream().filter(point -> !tie(best, point)).toList();
            if (idioms.size() == 1) {
                text.append("only ").append(best.model()).append("'s idiom ran (").append(signedMillis(best)).append(")");
            } else if (tied.size() == 1) {
                text.append(best.model()).append(" had the least overhead (").append(signedMillis(best)).append(")");
            } else {
                text.append(names(tied.stream().map(point -> point.model() + " (" + signedMillis(point) + ")").toList()))
                        .append(" tie for the least overhead (one run each: differences under ").append(Numbers.fixed(TIE_MS, 0))
                        .append(" ms or ").append(tieShare()).append(" count as ties)");
            }
            if (!behind.isEmpty()) {
                text.append("; then ").append(behind.stream().map(point -> point.model() + " " + signedMillis(point))
                        .collect(Collectors.joining(", ")));
            }
            text.append('.');
            asyncioPoints().stream().filter(point -> point.tasks() == tasks)
                    .forEach(point -> text.append(' ').append(point.series()).append(": ").append(signedMillis(point))
                            .append(", ").append(place(point, idioms)).append('.'));
        }
        return text.toString();
    }

    /** {@code 20%}. */
    static String tieShare() {
        return Numbers.fixed(TIE_SHARE * 100, 0) + "%";
    }

    /** Whether {@code point}'s overhead is too close to {@code best}'s to tell apart from one run each. */
    private static boolean tie(FanOutPoint best, FanOutPoint point) {
        return tie(best.overheadMs(), point.overheadMs());
    }

    /** Whether an overhead of {@code otherMs} is too close to the least, {@code bestMs}, to tell apart from one run each. */
    static boolean tie(double bestMs, double otherMs) {
        return otherMs - bestMs < Math.max(TIE_MS, TIE_SHARE * Math.max(0, bestMs));
    }

    /** Where the asyncio point stands among the Java idioms. */
    private static String place(FanOutPoint point, List<FanOutPoint.Java> idioms) {
        if (idioms.stream().allMatch(idiom -> point.overheadMs() < idiom.overheadMs() && !tie(point, idiom))) {
            return "ahead of every Java idiom";
        }
        if (idioms.stream().allMatch(idiom -> point.overheadMs() > idiom.overheadMs() && !tie(idiom, point))) {
            return "behind every Java idiom";
        }
        return "within the Java idioms' range";
    }

    private String pitfallCost(FanOutPoint.Java pitfall) {
        FanOutRun run = pitfall.run();
        String name = pitfall.series() + " at N = " + count(run.tasks());
        Optional<FanOutRun> idiom = javaPoints().stream()
                .filter(point -> point.is(run.model(), FanOutVariant.IDIOM) && point.tasks() == run.tasks())
                .map(FanOutPoint.Java::run)
                .findFirst();
        if (idiom.isEmpty()) {
            return name + ": " + millis(run.wallMs()) + " ms; no idiom of " + run.model() + " ran at that N to compare with.";
        }
        FanOutRun base = idiom.get();
        StringBuilder text = new StringBuilder(name).append(": ").append(millis(run.wallMs())).append(" ms against its idiom's ")
                .append(millis(base.wallMs())).append(" ms (").append(Numbers.signed(run.wallMs() - base.wallMs(), 1)).append(" ms");
        int rounds = run.variant().rounds(run.tasks());
        if (rounds > 1) {
            text.append(": only ").append(count(run.variant().concurrentWaits(run.tasks()))).append(" wait at once, ")
                    .append(rounds).append(" rounds of the wait");
        }
        text.append("); per task ").append(bytes(run.heapPerTaskBytes())).append(" B of heap against ")
                .append(bytes(base.heapPerTaskBytes())).append(" B");
        Double thread = run.threadNativePerTaskBytes();
        Double baseThread = base.threadNativePerTaskBytes();
        if (thread != null && baseThread != null && thread - baseThread >= THREAD_MEMORY_WORTH_TELLING) {
            text.append(", and ").append(bytes(thread)).append(" B of thread memory outside the heap against ")
                    .append(bytes(baseThread)).append(" B");
        }
        if (run.peaks().platformThreads() != base.peaks().platformThreads()) {
            text.append("; peak ").append(count(run.peaks().platformThreads())).append(" platform threads against ")
                    .append(count(base.peaks().platformThreads()));
        }
        return text.append('.').toString();
    }

    /** Every idiomatic fan-out of 1M one-second waits finishes within 1 s of its ideal. */
    private Target millionWaits() {
        String claim = "every idiomatic fan-out of 1M one-second waits finishes within 1 s of its ideal";
        if (java.isEmpty()) {
            return new Target(claim, Status.NOT_MEASURED, "no Java fan-out sweep ran: no " + FILE);
        }
        FanOutReport report = java.get();
        if (!report.plan().tasks().contains(TARGET_TASKS)) {
            return new Target(claim, Status.NOT_MEASURED, "no 1M run: " + HOW_TO_RUN_1M);
        }
        if (report.plan().waitMs() != TARGET_WAIT_MS) {
            return new Target(claim, Status.NOT_MEASURED, "the sweep's wait was " + millis(report.plan().waitMs())
                    + " ms, not 1 s: " + HOW_TO_RUN_1M);
        }
        List<String> figures = new ArrayList<>();
        boolean missed = false;
        boolean missing = false;
        // Every model of the suite, not only those this sweep ran: one model alone meets nothing for "every".
        for (Model suiteModel : Model.values()) {
            String model = suiteModel.key();
            Optional<FanOutRun> run = report.runs().stream()
                    .filter(r -> r.model().equals(model) && r.variant() == FanOutVariant.IDIOM && r.tasks() == TARGET_TASKS)
                    .findFirst();
            Optional<NotRun> failed = report.failed().stream()
                    .filter(f -> f.model().equals(model) && f.variant() == FanOutVariant.IDIOM && f.tasks() == TARGET_TASKS)
                    .findFirst();
            if (run.isPresent()) {
                boolean within = run.get().overheadMs() <= TARGET_OVERHEAD_MS;
                missed |= !within;
                figures.add(model + " " + Numbers.signed(run.get().overheadMs(), 1) + " ms" + (within ? "" : " (over 1 s)"));
            } else if (failed.isPresent()) {
                missed = true;
                figures.add(model + " failed: " + failed.get().reason());
            } else {
                missing = true;
                figures.add(model + " not run at 1M");
            }
        }
        Status status = missed ? Status.NOT_MET : missing ? Status.NOT_MEASURED : Status.MET;
        return new Target(claim, status, "overhead at N = 1,000,000: " + String.join(", ", figures));
    }

    /** Virtual threads hold at most 1 KB of heap per waiting task, at the largest N measured. */
    private Target virtualThreadHeap() {
        String claim = "virtual threads hold ≤ 1 KB (1,024 B) of heap per waiting task at the largest N measured";
        List<FanOutRun> runs = javaPoints().stream()
                .filter(point -> point.is(Model.VIRTUAL_THREADS.key(), FanOutVariant.IDIOM))
                .map(FanOutPoint.Java::run)
                .sorted(Comparator.comparingInt(FanOutRun::tasks))
                .toList();
        if (runs.isEmpty()) {
            return new Target(claim, Status.NOT_MEASURED, "no run of the virtual-threads idiom");
        }
        FanOutRun largest = runs.getLast();
        String smaller = runs.stream().limit(runs.size() - 1L)
                .map(run -> bytes(run.heapPerTaskBytes()) + " B at N = " + count(run.tasks()))
                .collect(Collectors.joining(", "));
        String figures = bytes(largest.heapPerTaskBytes()) + " B per task at N = " + count(largest.tasks())
                + (smaller.isEmpty() ? "" : "; " + smaller);
        return new Target(claim, largest.heapPerTaskBytes() <= TARGET_HEAP_BYTES ? Status.MET : Status.NOT_MET, figures);
    }

    /** The plan the Java sweep followed. */
    Optional<FanOutPlan> plan() {
        return java.map(FanOutReport::plan);
    }

    private static String describe(NotRun notRun) {
        String variant = notRun.variant().pitfall() ? notRun.variant() + FanOutPoint.Java.PITFALL : notRun.variant().label();
        return notRun.model() + " " + variant + " at N = " + count(notRun.tasks()) + ": " + notRun.reason();
    }

    /** The pauses of the collectors during the timed run, the concurrent cycles' time apart. */
    private static String gc(Map<String, Long> gcMs) {
        long pauses = gcMs.entrySet().stream().filter(gc -> !concurrent(gc.getKey())).mapToLong(Map.Entry::getValue).sum();
        long concurrent = gcMs.entrySet().stream().filter(gc -> concurrent(gc.getKey())).mapToLong(Map.Entry::getValue).sum();
        return count(pauses) + (concurrent > 0 ? " (+" + count(concurrent) + " concurrent)" : "");
    }

    private static boolean concurrent(String collector) {
        return collector.contains("Concurrent");
    }

    private static String overhead(FanOutPoint point) {
        return Numbers.signed(point.overheadMs(), 1)
                + (point.idealMs() > 0 ? " (" + Numbers.signedPercent(point.overheadMs() / point.idealMs()) + ")" : "");
    }

    private static String signedMillis(FanOutPoint point) {
        return Numbers.signed(point.overheadMs(), 1) + " ms";
    }

    /** {@code 1,016.3}. */
    static String millis(double millis) {
        return Numbers.fixed(millis, 1);
    }

    /** {@code 783.7}. */
    static String bytes(double bytes) {
        return Numbers.fixed(bytes, 1);
    }

    private static String mib(long bytes) {
        return Numbers.fixed(bytes / MIB, 1);
    }

    /** {@code 100,000}. */
    static String count(long count) {
        return String.format(Locale.ROOT, "%,d", count);
    }

    /** {@code a, b and c}. */
    static String names(List<String> names) {
        return names.size() == 1 ? names.getFirst()
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.getLast();
    }
}
