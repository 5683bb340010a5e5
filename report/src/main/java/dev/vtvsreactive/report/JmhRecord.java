package dev.vtvsreactive.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One entry of JMH's JSON result file: one benchmark method run with one combination of its
 * {@code @Param} values.
 *
 * @param benchmark the fully qualified benchmark method, e.g. {@code dev.vtvsreactive.bench.GreetBenchmark.greet}
 * @param mode JMH's short mode label: {@code avgt}, {@code thrpt}, {@code sample} or {@code ss}
 * @param params every {@code @Param} value, in JMH's order, {@code model} included
 * @param primary the measured score
 * @param allocation {@code gc.alloc.rate.norm}, present when the run used {@code -prof gc}
 * @param cpuTime {@code cpu.time.norm} in ns/op, present when the run used the {@code CpuTimeProfiler}
 * @param iterations each fork's measured scores of the primary metric, in order (JMH's {@code rawData})
 * @param settings how JMH ran it
 */
record JmhRecord(
        String benchmark, String mode, Map<String, String> params, Metric primary, Optional<Metric> allocation,
        Optional<Metric> cpuTime, List<List<Double>> iterations, RunSettings settings) {

    /** The parameter that names the concurrency model. */
    static final String MODEL = "model";
    /** The model name of a benchmark without a {@value #MODEL} parameter. */
    static final String NO_MODEL = "(no model)";
    /** The {@code jmhVersion} of the asyncio baseline's records: {@code asyncio/bench.py} wrote them, not JMH. */
    static final String ASYNCIO_BENCH = "asyncio/bench.py";

    JmhRecord {
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
        iterations = iterations.stream().map(List::copyOf).toList();
    }

    /** The model this entry measured. */
    String model() {
        return params.getOrDefault(MODEL, NO_MODEL);
    }

    /** Whether the asyncio baseline measured this, in Python: its settings describe the interpreter, not a JVM. */
    boolean asyncio() {
        return settings.jmhVersion().equals(ASYNCIO_BENCH);
    }

    /** The same benchmark, mode and parameters, model included: the same row of the report. */
    boolean sameRow(JmhRecord other) {
        return benchmark.equals(other.benchmark) && mode.equals(other.mode) && params.equals(other.params);
    }

    /** The parameters that make a scenario: all but {@value #MODEL}. */
    Map<String, String> scenarioParams() {
        Map<String, String> rest = new LinkedHashMap<>(params);
        rest.remove(MODEL);
        return rest;
    }

    /**
     * JMH's settings and the JVM of one entry.
     *
     * @param jmhVersion e.g. {@code 1.37}
     * @param jvm the java executable JMH forked
     * @param jvmArgs the forked JVM's arguments
     * @param jdkVersion e.g. {@code 25.0.3}
     * @param vmName e.g. {@code OpenJDK 64-Bit Server VM}
     * @param vmVersion e.g. {@code 25.0.3+9-LTS}
     * @param forks forks per benchmark
     * @param threads benchmark threads
     * @param warmupIterations warmup iterations per fork
     * @param warmupTime time of one warmup iteration, as JMH writes it ({@code 1 s})
     * @param measurementIterations measurement iterations per fork
     * @param measurementTime time of one measurement iteration
     */
    record RunSettings(
            String jmhVersion, String jvm, List<String> jvmArgs, String jdkVersion, String vmName, String vmVersion,
            int forks, int threads, int warmupIterations, String warmupTime, int measurementIterations,
            String measurementTime) {

        RunSettings {
            jvmArgs = List.copyOf(jvmArgs);
        }
    }
}
