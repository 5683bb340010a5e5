package dev.vtvsreactive.report;

import dev.vtvsreactive.report.JmhRecord.RunSettings;
import dev.vtvsreactive.bench.StubProcess;
import dev.vtvsreactive.bench.cpu.CpuBoundReport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Where and how the numbers were measured: the JVM and JMH settings from the Java results
 * themselves, the {@link Machine} facts captured beside them, and the asyncio baseline's
 * interpreter and settings, or why it did not run.
 *
 * @param machine the machine facts
 * @param reused whether {@code machine} was read from a saved run rather than captured now
 * @param records the Java results, for their JVM and JMH settings (the asyncio baseline's describe an interpreter)
 * @param cpuBound the CPU-bound experiment, when it ran: where it ran is told beside the benchmarks'
 * @param asyncio the asyncio baseline's environment file, when it was beside the results
 */
record Environment(Machine machine, boolean reused, List<JmhRecord> records, Optional<CpuBoundResults> cpuBound,
                   Optional<AsyncioEnvironment> asyncio) {

    /** The parameter only the HTTP rows have: the stub's latency. */
    private static final String HTTP_LATENCY_PARAM = "latencyMs";

    Environment {
        records = records.stream().filter(record -> !record.asyncio()).toList();
    }

    /**
     * One line of the environment block.
     *
     * @param name what it is
     * @param value its value
     */
    record Fact(String name, String value) {
    }

    /** Every fact, in reading order. */
    List<Fact> facts() {
        List<Fact> facts = new ArrayList<>(java());
        facts.addAll(asyncio.map(AsyncioEnvironment::facts)
                .orElseGet(() -> List.of(AsyncioEnvironment.skippedFact(AsyncioEnvironment.NO_FILE))));
        return List.copyOf(facts);
    }

    /** The Java side's facts. */
    private List<Fact> java() {
        return List.of(
                new Fact("JDK", settings(s -> s.jdkVersion() + " — " + s.vmName() + " " + s.vmVersion())),
                new Fact("JDK vendor", vendor()),
                new Fact("JVM", settings(RunSettings::jvm)),
                new Fact("JVM arguments", settings(s -> s.jvmArgs().isEmpty() ? "(none)" : String.join(" ", s.jvmArgs()))),
                new Fact("JMH", settings(RunSettings::jmhVersion)),
                new Fact("Mode", distinct(record -> modeLabel(record.mode()))),
                new Fact("Forks", settings(s -> String.valueOf(s.forks()))),
                new Fact("Threads", settings(s -> String.valueOf(s.threads()))),
                new Fact("Warmup", settings(s -> s.warmupIterations() + " × " + s.warmupTime())),
                new Fact("Measurement", settings(s -> s.measurementIterations() + " × " + s.measurementTime())),
                new Fact("OS", machine.os()),
                new Fact("CPU", machine.cpuModel()),
                new Fact("CPUs", String.valueOf(machine.cpus())),
                new Fact("HTTP rows' stub", stubPlacement()),
                new Fact("Memory", machine.memory()),
                new Fact("Git commit", machine.gitCommit()),
                new Fact("Captured", machine.capturedAt() + (reused
                        ? " (saved with these results; this report was rendered again from them)"
                        : " (when this report was written)")),
                new Fact("CPU-bound probe", cpuBound.map(this::probe).orElse("not run")));
    }

    /**
     * Where the CPU-bound experiment ran, and whether that is where the benchmarks ran: the same
     * JVM version (JMH records it as the VM version) and processor count.
     */
    private String probe(CpuBoundResults results) {
        CpuBoundReport report = results.report();
        String ran = "Java " + report.java() + ", " + report.processors() + " processors, scale " + report.scale();
        List<String> differences = new ArrayList<>();
        List<String> benchmarkJvms = records.stream().map(record -> record.settings().vmVersion()).distinct().toList();
        if (!benchmarkJvms.equals(List.of(report.java()))) {
            differences.add("the benchmarks ran on Java " + String.join(" / ", benchmarkJvms));
        }
        if (report.processors() != machine.cpus()) {
            differences.add("this machine has " + machine.cpus() + " processors");
        }
        return differences.isEmpty()
                ? ran + ": the same Java and processor count as the benchmarks, measured as a probe, not by JMH"
                : ran + ": not where the benchmarks ran (" + String.join("; ", differences) + ")";
    }

    /**
     * Where the HTTP rows' stub served from: a JVM of its own, on the CPUs the fork's
     * {@code -Dstub.cpus} named, or sharing every CPU with the measured JVM.
     */
    private String stubPlacement() {
        String named = "-D" + StubProcess.CPUS_PROPERTY + "=";
        List<String> placements = records.stream()
                .filter(record -> record.params().containsKey(HTTP_LATENCY_PARAM))
                .map(record -> record.settings().jvmArgs().stream().filter(arg -> arg.startsWith(named)).findFirst()
                        .map(arg -> "on CPUs " + arg.substring(named.length()) + " (taskset), the measured JVM on the others")
                        .orElse("sharing every CPU with the measured JVM (-D" + StubProcess.CPUS_PROPERTY + "=… sets it apart)"))
                .distinct()
                .toList();
        return placements.isEmpty() ? "no HTTP rows" : "a JVM of its own, " + String.join(" / ", placements);
    }

    /** JMH records no vendor: it is known only when JMH forked the JDK that captured the machine facts. */
    private String vendor() {
        boolean sameJdk = records.stream().allMatch(record -> Path.of(record.settings().jvm()).startsWith(Path.of(machine.javaHome())));
        return sameJdk
                ? machine.javaVendor()
                : Machine.UNKNOWN + " (JMH records none; the report was written by " + machine.javaVendor() + ", another JDK)";
    }

    private String settings(Function<RunSettings, String> fact) {
        return distinct(record -> fact.apply(record.settings()));
    }

    /** The one value all results share, or {@code varies: a / b} listing each. */
    private String distinct(Function<JmhRecord, String> fact) {
        List<String> values = records.stream().map(fact).distinct().toList();
        if (values.isEmpty()) {
            return "no Java results";
        }
        return values.size() == 1 ? values.getFirst() : values.stream().collect(Collectors.joining(" / ", "varies: ", ""));
    }

    private static String modeLabel(String mode) {
        return switch (mode) {
            case "avgt" -> "average time per operation (avgt)";
            case "thrpt" -> "throughput (thrpt)";
            case "sample" -> "sampled time per operation (sample)";
            case "ss" -> "single-shot time (ss)";
            default -> mode;
        };
    }
}
