package dev.vtvsreactive.bench.report;

import dev.vtvsreactive.bench.Ideal;
import dev.vtvsreactive.bench.report.JmhRecord.RunSettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The checked-in JMH samples, and hand-built results for the arithmetic tests. */
final class Fixtures {

    /** A run with every known scenario, a NaN-error benchmark and an unknown one (see the README beside it). */
    static final String RESULTS = "sample-results.json";
    /** An older run of some of the same rows, to compare {@link #RESULTS} with. */
    static final String BASELINE = "sample-baseline.json";

    private static final RunSettings SETTINGS = new RunSettings(
            "1.37", "/usr/lib/jvm/temurin-25-jdk-amd64/bin/java", List.of(), "25.0.3", "OpenJDK 64-Bit Server VM",
            "25.0.3+9-LTS", 1, 1, 2, "1 s", 3, "1 s");

    private Fixtures() {
    }

    /** Copies the sample {@code name} into {@code dir} and returns the copy. */
    static Path copy(String name, Path dir) {
        try (InputStream sample = Fixtures.class.getResourceAsStream("/report/" + name)) {
            if (sample == null) {
                throw new IllegalStateException("test resource /report/" + name + " is missing");
            }
            Path copy = dir.resolve(name);
            Files.write(copy, sample.readAllBytes());
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
        return new JmhRecord(benchmark, mode, all, time, Optional.empty(), SETTINGS);
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
