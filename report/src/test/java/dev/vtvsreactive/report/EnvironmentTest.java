package dev.vtvsreactive.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vtvsreactive.bench.Ideal;
import dev.vtvsreactive.report.Environment.Fact;
import dev.vtvsreactive.report.JmhRecord.RunSettings;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EnvironmentTest {

    private static final String STUB = "HTTP rows' stub";

    private static JmhRecord http(String model, List<String> jvmArgs) {
        JmhRecord record = Fixtures.record(Ideal.HTTP, Map.of("latencyMs", "10"), model, 12.1, 0.3);
        RunSettings settings = record.settings();
        return new JmhRecord(record.benchmark(), record.mode(), record.params(), record.primary(), record.allocation(),
                record.cpuTime(), record.iterations(), new RunSettings(settings.jmhVersion(), settings.jvm(), jvmArgs,
                settings.jdkVersion(), settings.vmName(), settings.vmVersion(), settings.forks(), settings.threads(),
                settings.warmupIterations(), settings.warmupTime(), settings.measurementIterations(), settings.measurementTime()));
    }

    private static String stubFact(JmhRecord... records) {
        return new Environment(Machine.capture(new byte[0]), false, List.of(records), Optional.empty(), Optional.empty())
                .facts().stream().filter(fact -> fact.name().equals(STUB)).map(Fact::value).findFirst().orElseThrow();
    }

    @Test
    void saysTheStubSharedEveryCpuUnlessTheForkNamedItsOwn() {
        assertThat(stubFact(http("reactor", List.of("-Xmx1g"))))
                .isEqualTo("a JVM of its own, sharing every CPU with the measured JVM (-Dstub.cpus=… sets it apart)");
        assertThat(stubFact(http("reactor", List.of("-Dstub.cpus=2-3"))))
                .isEqualTo("a JVM of its own, on CPUs 2-3 (taskset), the measured JVM on the others");
    }

    @Test
    void hasNoStubWithoutHttpRows() {
        assertThat(stubFact(Fixtures.greet("reactor", 10.2, 0.1))).isEqualTo("no HTTP rows");
    }
}
