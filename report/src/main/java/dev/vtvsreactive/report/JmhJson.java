package dev.vtvsreactive.report;

import dev.vtvsreactive.report.JmhRecord.RunSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the file JMH writes with {@code -rf json}: an array with one object per benchmark and
 * parameter combination. JMH writes a score it cannot compute as the string {@code "NaN"} (and
 * infinities as {@code "+INF"}/{@code "-INF"}), so numbers are read from strings too.
 */
final class JmhJson {

    /** The secondary metric {@code -prof gc} reports: bytes allocated per operation. */
    static final String ALLOCATION = "gc.alloc.rate.norm";

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private JmhJson() {
    }

    /**
     * The entries of {@code json}, the content of {@code file}.
     *
     * @throws IllegalArgumentException naming {@code file} and what is wrong when it is not JMH JSON
     */
    static List<JmhRecord> parse(Path file, byte[] json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JacksonException e) {
            throw notJmh(file, "it is not valid JSON (" + e.getOriginalMessage() + ")");
        }
        if (root == null || !root.isArray()) {
            throw notJmh(file, "the top level is not an array of benchmark results");
        }
        if (root.isEmpty()) {
            throw notJmh(file, "it holds no benchmark results");
        }
        List<JmhRecord> records = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            records.add(new Entry(file, i, root.get(i)).record());
        }
        return List.copyOf(records);
    }

    private static IllegalArgumentException notJmh(Path file, String what) {
        return new IllegalArgumentException(file + " is not a JMH JSON result file (-rf json): " + what);
    }

    /** One array element, with the context every error message needs. */
    private record Entry(Path file, int index, JsonNode node) {

        JmhRecord record() {
            if (!node.isObject()) {
                throw fail("is not an object");
            }
            JsonNode primary = node.path("primaryMetric");
            return new JmhRecord(
                    text("benchmark"), text("mode"), params(), metric("primaryMetric", primary),
                    node.path("secondaryMetrics").optional(ALLOCATION)
                            .map(allocation -> metric("secondaryMetrics." + ALLOCATION, allocation)),
                    settings());
        }

        private RunSettings settings() {
            List<String> jvmArgs = new ArrayList<>();
            node.path("jvmArgs").values().forEach(arg -> jvmArgs.add(arg.asString()));
            return new RunSettings(
                    text("jmhVersion"), text("jvm"), jvmArgs, text("jdkVersion"), text("vmName"), text("vmVersion"),
                    integer("forks"), integer("threads"), integer("warmupIterations"), text("warmupTime"),
                    integer("measurementIterations"), text("measurementTime"));
        }

        /** JMH omits {@code params} for a benchmark without {@code @Param} fields. */
        private Map<String, String> params() {
            JsonNode params = node.path("params");
            if (params.isMissingNode()) {
                return Map.of();
            }
            if (!params.isObject()) {
                throw fail("has 'params' that is not an object");
            }
            Map<String, String> values = new LinkedHashMap<>();
            params.properties().forEach(param -> values.put(param.getKey(), param.getValue().asString()));
            return values;
        }

        private Metric metric(String name, JsonNode metric) {
            if (!metric.isObject()) {
                throw fail("has no '" + name + "' object");
            }
            JsonNode unit = metric.path("scoreUnit");
            if (!unit.isString()) {
                throw fail("has no '" + name + ".scoreUnit' string");
            }
            return new Metric(
                    number(name + ".score", metric.path("score")), number(name + ".scoreError", metric.path("scoreError")),
                    unit.stringValue());
        }

        private double number(String name, JsonNode value) {
            if (value.isNumber()) {
                return value.doubleValue();
            }
            String text = value.isString() ? value.stringValue() : "";
            return switch (text) {
                case "NaN" -> Double.NaN;
                case "+INF" -> Double.POSITIVE_INFINITY;
                case "-INF" -> Double.NEGATIVE_INFINITY;
                default -> throw fail("has '" + name + "' that is not a number (" + value + ")");
            };
        }

        private String text(String name) {
            JsonNode value = node.path(name);
            if (!value.isString()) {
                throw fail("has no '" + name + "' string");
            }
            return value.stringValue();
        }

        private int integer(String name) {
            JsonNode value = node.path(name);
            if (!value.isInt()) {
                throw fail("has no '" + name + "' integer");
            }
            return value.intValue();
        }

        private IllegalArgumentException fail(String what) {
            return notJmh(file, "entry " + (index + 1) + " " + what);
        }
    }
}
