package dev.vtvsreactive.report;

import dev.vtvsreactive.bench.Ideal;
import dev.vtvsreactive.report.JmhRecord.RunSettings;
import dev.vtvsreactive.lesson.TimeScale;
import dev.vtvsreactive.bench.cpu.CpuBoundPlan;
import dev.vtvsreactive.bench.cpu.CpuBoundReport;
import dev.vtvsreactive.bench.cpu.CpuBoundRun;
import dev.vtvsreactive.lesson.cpu.CpuBoundVariant;
import dev.vtvsreactive.bench.cpu.CpuWork;
import dev.vtvsreactive.bench.fanout.FanOutPlan;
import dev.vtvsreactive.bench.fanout.FanOutReport;
import dev.vtvsreactive.bench.fanout.FanOutReport.NotRun;
import dev.vtvsreactive.bench.fanout.FanOutRun;
import dev.vtvsreactive.bench.load.LoadPlan;
import dev.vtvsreactive.bench.load.LoadReport;
import dev.vtvsreactive.bench.load.LoadRun;
import dev.vtvsreactive.lesson.fanout.FanOutVariant;
import gg.jte.html.escape.Escape;
import gg.jte.output.StringOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/** The checked-in JMH samples, and hand-built results for the arithmetic tests. */
final class Fixtures {

    /** A run with every known scenario, a NaN-error benchmark and an unknown one (see the README beside it). */
    static final String RESULTS = "sample-results.json";
    /**
     * A real quick run, with -prof gc and the CpuTimeProfiler, of the lesson's gather and the no-wait
     * benchmarks (greet, fetch_data, gather of 3, 100 and 10,000) on the busy two-core machine: most
     * intervals wider than their scores.
     */
    static final String NO_WAIT = "sample-no-wait.json";
    /** An older run of some of the same rows, to compare {@link #RESULTS} with. */
    static final String BASELINE = "sample-baseline.json";
    /** A real run of the CPU-bound experiment at scale 0.2, every model (see the README beside it). */
    static final String CPU_BOUND = "sample-cpu-bound.json";
    /** A real quick fan-out sweep: every model and pitfall at N = 1k, 10k, 100k, D = 1 s. */
    static final String FAN_OUT = "sample-fan-out.json";
    /** A real fan-out sweep of every idiom at N = 1M, D = 1 s, none within a second of its ideal. */
    static final String FAN_OUT_1M = "sample-fan-out-1m.json";
    /** A real run of asyncio/fanout.py at N = 1k, 10k, 100k. */
    static final String ASYNCIO_FAN_OUT = "sample-asyncio-fan-out.json";
    /** A real quick run of asyncio/bench.py: greet, fetch_data and gather at scale 0.01, model asyncio. */
    static final String ASYNCIO_RESULTS = "sample-asyncio-results.json";
    /**
     * The asyncio baseline's no-wait rows (greet, fetch_data, gather of 3, 100 and 10,000, model asyncio),
     * timed as asyncio/bench.py times, with every wait 0 (see the README beside it).
     */
    static final String ASYNCIO_NO_WAIT = "sample-asyncio-no-wait.json";
    /** The environment file of that run: aiohttp and uvloop not importable, the HTTP rows skipped. */
    static final String ASYNCIO_ENVIRONMENT = "sample-asyncio-environment.json";
    /** A real run of asyncio/cpubound.py: asyncio's three variants and the process pool's fixed. */
    static final String ASYNCIO_CPU_BOUND = "sample-asyncio-cpu-bound.json";

    /**
     * A sweep of the four models at 500 to 4,000 GETs/s, stub latency 10 ms (see the README beside it):
     * reactor and virtual-threads tie at 2,000/s, completable-future 3rd there, rxjava 4th at 1,000/s.
     */
    static final String LOAD = "sample-load.json";
    /** asyncio/load.py's document of the same plan: asyncio sustains 1,000/s; no bytes per GET, as Python counts none. */
    static final String ASYNCIO_LOAD = "sample-asyncio-load.json";

    /**
     * The lesson's gather (from {@link #NO_WAIT}) and hand-made rows of the debug aids' and the context
     * propagations' benchmarks, parameter {@code variant} (see the README beside it).
     */
    static final String LIVING_RESULTS = "sample-living-results.json";
    /** A real run of {@code ./compare stack-traces --json}: every model and aid, the gather and the HTTP scenario. */
    static final String STACK_TRACES = "sample-stack-traces.json";
    /** A real run of {@code ./compare thread-dumps --json}: every model with 10,000 tasks waiting. */
    static final String THREAD_DUMPS = "sample-thread-dumps.json";
    /**
     * {@code ContextPropagationReport.toJson()} of hand-built runs, 1,000 requests: every model's none misses the
     * continuations' id; rxjava's schedule-handler misses the GETs' (see the README beside it).
     */
    static final String CONTEXT_PROPAGATION = "sample-context-propagation.json";

    /** The plan of the hand-built load runs: 500 to 4,000 GETs/s, stub latency 10 ms, so a sustained p99 is within 20 ms. */
    static final LoadPlan LOAD_PLAN = new LoadPlan(List.of(500, 1_000, 2_000, 4_000), 10_000, 5_000, 10, 5_000);

    /** The plan of the hand-built CPU-bound runs: the experiment at scale 1 (CPU task 300–800 ms, reply due at 420 ms). */
    static final CpuBoundPlan CPU_PLAN = CpuBoundPlan.at(TimeScale.LESSON, CpuWork.of(1_000));

    private static final RunSettings SETTINGS = new RunSettings(
            "1.37", "/usr/lib/jvm/temurin-25-jdk-amd64/bin/java", List.of(), "25.0.3", "OpenJDK 64-Bit Server VM",
            "25.0.3+9-LTS", 1, 1, 2, "1 s", 3, "1 s");

    private static final RunSettings ASYNCIO_SETTINGS = new RunSettings(
            JmhRecord.ASYNCIO_BENCH, "/usr/bin/python3", List.of(), "3.11.7", "CPython", "3.11.7 (main) [GCC 12.2.0]",
            1, 1, 2, "500 ms", 5, "500 ms");

    private Fixtures() {
    }

    /** Copies the sample {@code name} into {@code dir} and returns the copy. */
    static Path copy(String name, Path dir) {
        return copy(name, dir, name);
    }

    /** Copies the sample {@code name} into {@code dir} as {@code as} and returns the copy. */
    static Path copy(String name, Path dir, String as) {
        try (InputStream sample = Fixtures.class.getResourceAsStream("/report/" + name)) {
            if (sample == null) {
                throw new IllegalStateException("test resource /report/" + name + " is missing");
            }
            Path copy = dir.resolve(as);
            Files.write(copy, sample.readAllBytes());
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code text} as the pages and the charts write it in an element: escaped by the template engine. */
    static String escaped(String text) {
        StringOutput output = new StringOutput();
        Escape.htmlContent(text, output);
        return output.toString();
    }

    /** A greet result at scale 0.01 (ideal 10 ms) for {@code model}. */
    static JmhRecord greet(String model, double score, double error) {
        return record(Ideal.GREET, Map.of("scale", "0.01"), model, score, error);
    }

    /** A result of {@code benchmark} with {@code params} for {@code model}, in ms/op. */
    static JmhRecord record(String benchmark, Map<String, String> params, String model, double score, double error) {
        return record(benchmark, params, model, new Metric(score, error, "ms/op"));
    }

    /** An average-time result of {@code benchmark} with {@code params} for {@code model}. */
    static JmhRecord record(String benchmark, Map<String, String> params, String model, Metric time) {
        return record(benchmark, "avgt", params, model, time);
    }

    /** A result of {@code benchmark} in JMH {@code mode} with {@code params} for {@code model}. */
    static JmhRecord record(String benchmark, String mode, Map<String, String> params, String model, Metric time) {
        Map<String, String> all = new LinkedHashMap<>();
        all.put(JmhRecord.MODEL, model);
        all.putAll(params);
        return new JmhRecord(benchmark, mode, all, time, Optional.empty(), Optional.empty(), List.of(), SETTINGS);
    }

    /** A row of {@code benchmark}, one of {@link VariantCosts#BENCHMARKS}, whose one parameter is {@code variant}. */
    static JmhRecord variant(String benchmark, String variant, Metric time) {
        return new JmhRecord(benchmark, "avgt", Map.of(VariantCosts.VARIANT, variant), time, Optional.empty(), Optional.empty(),
                List.of(), SETTINGS);
    }

    /** A greet result at scale 0.01 (ideal 10 ms) of the asyncio baseline's {@code model}, measured by asyncio/bench.py. */
    static JmhRecord asyncioGreet(String model, double score, double error) {
        return new JmhRecord(Ideal.GREET, "avgt", Map.of(JmhRecord.MODEL, model, "scale", "0.01"),
                new Metric(score, error, "ms/op"), Optional.empty(), Optional.empty(), List.of(), ASYNCIO_SETTINGS);
    }

    /**
     * A run of {@link #CPU_PLAN} as a model would record it: the heartbeat ticks every 10 ms from 10
     * to 1,000 ms, except while the CPU task runs (300–800 ms) when {@code stalled}; the reply, due
     * at 420 ms, comes then or, stalled, when the CPU task ends.
     */
    static CpuBoundRun cpuBoundRun(String model, CpuBoundVariant variant, boolean stalled) {
        CpuBoundRun.Window cpu = new CpuBoundRun.Window(300, 800);
        List<Double> ticks = IntStream.rangeClosed(1, 100)
                .mapToObj(i -> i * 10.0)
                .filter(tick -> !stalled || !cpu.contains(tick))
                .toList();
        return new CpuBoundRun(model, variant, "the wiring of " + model + " " + variant, new CpuBoundRun.Jvm(1, false, Map.of()),
                CPU_PLAN, ticks, cpu, 400, stalled ? 801 : 420.5, 1_000, CPU_PLAN.work().primes());
    }

    /** A report of {@code runs}, following {@link #CPU_PLAN}. */
    static CpuBoundResults cpuBoundResults(CpuBoundRun... runs) {
        return new CpuBoundResults(new CpuBoundReport("25.0.3+9-LTS", 2, 1.0, CPU_PLAN, List.of(runs)));
    }

    /**
     * A fan-out run of {@code variant} of {@code model}: {@code tasks} waits of {@code waitMs} that
     * took {@code wallMs}, holding {@code heapPerTask} bytes of heap each.
     */
    static FanOutRun fanOutRun(String model, FanOutVariant variant, int tasks, double waitMs, double wallMs, double heapPerTask) {
        long baseline = 10_000_000;
        return new FanOutRun(model, variant, "the wiring of " + model + " " + variant, tasks, waitMs, wallMs, 10, waitMs + 1,
                new FanOutRun.Memory(waitMs, 20, tasks, baseline, baseline + Math.round(heapPerTask * tasks), 1_000_000L, 1_000_000L),
                new FanOutRun.Peaks(50_000_000, 100_000_000L, true, 10), Map.of("G1 Young Generation", 0L), 1.0,
                new FanOutRun.Jvm(1, true, FanOutPlan.DEFAULT_JVM_OPTIONS, List.of("G1 Young Generation")));
    }

    /** The results of a sweep of {@code runs}, at every N they ran, waiting {@code waitMs}. */
    static FanOutResults fanOutResults(double waitMs, List<NotRun> failed, FanOutRun... runs) {
        List<Integer> tasks = Stream.of(runs).map(FanOutRun::tasks).distinct().toList();
        return new FanOutResults(new FanOutReport("25.0.3+9-LTS", 2, FanOutPlan.of(tasks, waitMs), List.of(runs), List.of(), failed));
    }

    /**
     * A load run of {@code model} at {@code rate} GETs/s for 10 s: {@code errors} of its GETs failed,
     * it answered {@code achievedPerSecond} a second, and its latency's p99 was {@code p99Ms} (p50 at
     * 80 % of it, max at 120 %).
     */
    static LoadRun loadRun(String model, int rate, double achievedPerSecond, long errors, double p99Ms) {
        LoadRun.Percentiles latency = new LoadRun.Percentiles(0.8 * p99Ms, 0.9 * p99Ms, p99Ms, 1.1 * p99Ms, 1.2 * p99Ms);
        List<LoadRun.Point> distribution = List.of(new LoadRun.Point(0, 0.7 * p99Ms), new LoadRun.Point(50, latency.p50()),
                new LoadRun.Point(90, latency.p90()), new LoadRun.Point(99, p99Ms), new LoadRun.Point(99.9, latency.p999()),
                new LoadRun.Point(100, latency.max()));
        int requests = rate * 10;
        return new LoadRun(model, rate, requests, requests - errors, errors,
                errors == 0 ? null : "GET http://127.0.0.1:8080/posts/7: timed out", achievedPerSecond, latency, distribution,
                50.0, 5_000.0, 12);
    }

    /** A load run of {@code model} at {@code rate} GETs/s that it sustained: every GET answered on time, p99 {@code p99Ms}. */
    static LoadRun sustainedRun(String model, int rate, double p99Ms) {
        return loadRun(model, rate, rate, 0, p99Ms);
    }

    /** The Java sweep of {@code runs}, following {@link #LOAD_PLAN}, the stub's ceiling {@code ceiling}. */
    static LoadReport loadReport(LoadReport.Ceiling ceiling, List<LoadReport.NotRun> failed, LoadRun... runs) {
        return new LoadReport("25.0.3+9-LTS", 2, LOAD_PLAN, "own JVM (pid 4242)", ceiling, List.of(runs), failed);
    }

    /** The Java sweep of {@code runs}, following {@link #LOAD_PLAN}, against a stub that served 9,000 GETs/s. */
    static LoadResults loadResults(LoadRun... runs) {
        return new LoadResults(loadReport(LoadReport.Ceiling.measured("wrk -t2 -c100 -d10s http://127.0.0.1:8080/posts/1", 9_000),
                List.of(), runs));
    }

    /** asyncio/load.py's document of {@code runs}. */
    static AsyncioLoad asyncioLoad(LoadRun... runs) {
        return new AsyncioLoad("load", "CPython 3.12.3", 2, List.of(runs));
    }

    /** The scenarios of the JMH JSON file {@code results}. */
    static List<Scenario> scenarios(Path results) {
        try {
            return Scenario.of(JmhJson.parse(results, Files.readAllBytes(results)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The one scenario {@code records} make. */
    static Scenario scenario(JmhRecord... records) {
        List<Scenario> scenarios = Scenario.of(List.of(records));
        if (scenarios.size() != 1) {
            throw new IllegalArgumentException("records make " + scenarios.size() + " scenarios, not one");
        }
        return scenarios.getFirst();
    }
}
