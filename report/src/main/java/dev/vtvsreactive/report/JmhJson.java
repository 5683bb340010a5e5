package dev.vtvsreactive.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.vtvsreactive.bench.profile.CpuTimeProfiler;
import dev.vtvsreactive.report.JmhRecord.RunSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the file JMH writes with {@code -rf json}: an array with one object per benchmark and
 * parameter combination, each bound to an {@link Entry}. JMH writes a score it cannot compute as
 * the string {@code "NaN"} (and infinities as {@code "+INF"}/{@code "-INF"}), which
 * {@link JmhNumber} reads where a number is due.
 */
final class JmhJson {

    /** The secondary metric {@code -prof gc} reports: bytes allocated per operation. */
    static final String ALLOCATION = "gc.alloc.rate.norm";
    /** The secondary metric {@link CpuTimeProfiler} reports: the fork's CPU time per operation, in ns/op. */
    static final String CPU_TIME = CpuTimeProfiler.METRIC;

    /** Strict about types, as JMH writes them (a string where a number is due is not JMH's); blind to fields the report does not read. */
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

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
            int number = i + 1;
            Function<String, IllegalArgumentException> fail = what -> notJmh(file, "entry " + number + " " + what);
            Entry entry;
            try {
                entry = MAPPER.treeToValue(root.get(i), Entry.class);
            } catch (DatabindException e) {
                throw fail.apply(mismatch(e));
            }
            records.add(entry.record(fail));
        }
        return List.copyOf(records);
    }

    private static IllegalArgumentException notJmh(Path file, String what) {
        return new IllegalArgumentException(file + " is not a JMH JSON result file (-rf json): " + what);
    }

    /** What {@code e} found where in an entry: {@code has 'primaryMetric.score' that is not a number ("fast")}. */
    private static String mismatch(DatabindException e) {
        StringBuilder field = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        String expected = e instanceof MismatchedInputException mismatch ? kind(mismatch.getTargetType()) : "readable";
        String value = e instanceof InvalidFormatException invalid ? " (\"" + invalid.getValue() + "\")" : "";
        return (field.isEmpty() ? "is not " : "has '" + field + "' that is not ") + expected + value;
    }

    /** What JMH writes for a value of {@code type}: {@code a number}, {@code an object}... */
    private static String kind(Class<?> type) {
        if (type == null) {
            return "what JMH writes there";
        }
        if (type == Double.class || type == double.class) {
            return "a number";
        }
        if (type == Integer.class || type == int.class) {
            return "an integer";
        }
        if (type == String.class) {
            return "a string";
        }
        return List.class.isAssignableFrom(type) ? "an array" : "an object";
    }

    /**
     * One element of the array, as JMH writes it; every field may be missing until {@link #record}
     * says which one is.
     */
    private record Entry(
            String jmhVersion, String benchmark, String mode, Integer threads, Integer forks, String jvm, List<String> jvmArgs,
            String jdkVersion, String vmName, String vmVersion, Integer warmupIterations, String warmupTime,
            Integer measurementIterations, String measurementTime, Map<String, String> params, Score primaryMetric,
            SecondaryMetrics secondaryMetrics) {

        /** The entry as the report reads it; {@code fail} says what is missing. */
        JmhRecord record(Function<String, IllegalArgumentException> fail) {
            return new JmhRecord(
                    present(benchmark, "benchmark", "string", fail), present(mode, "mode", "string", fail),
                    // JMH omits params for a benchmark without @Param fields.
                    params == null ? Map.of() : params,
                    present(primaryMetric, "primaryMetric", "object", fail).metric("primaryMetric", fail),
                    secondary(SecondaryMetrics::allocation, ALLOCATION, fail),
                    secondary(SecondaryMetrics::cpuTime, CPU_TIME, fail),
                    primaryMetric.rawData == null ? List.of() : primaryMetric.rawData,
                    new RunSettings(
                            present(jmhVersion, "jmhVersion", "string", fail), present(jvm, "jvm", "string", fail),
                            jvmArgs == null ? List.of() : jvmArgs, present(jdkVersion, "jdkVersion", "string", fail),
                            present(vmName, "vmName", "string", fail), present(vmVersion, "vmVersion", "string", fail),
                            present(forks, "forks", "integer", fail), present(threads, "threads", "integer", fail),
                            present(warmupIterations, "warmupIterations", "integer", fail),
                            present(warmupTime, "warmupTime", "string", fail),
                            present(measurementIterations, "measurementIterations", "integer", fail),
                            present(measurementTime, "measurementTime", "string", fail)));
        }

        /** The secondary metric {@code name}, which {@code which} picks; empty when the run's profilers did not report it. */
        private Optional<Metric> secondary(Function<SecondaryMetrics, Score> which, String name,
                                           Function<String, IllegalArgumentException> fail) {
            return Optional.ofNullable(secondaryMetrics).flatMap(metrics -> Optional.ofNullable(which.apply(metrics)))
                    .map(score -> score.metric("secondaryMetrics." + name, fail));
        }
    }

    /**
     * A metric as JMH writes it.
     *
     * @param score the mean
     * @param scoreError the half-width of the 99.9% confidence interval, {@code "NaN"} below 3 iterations
     * @param scoreUnit e.g. {@code ms/op}
     * @param rawData each fork's measured iterations, in order; JMH writes it for every metric
     */
    private record Score(
            @JsonDeserialize(using = JmhNumber.class) Double score,
            @JsonDeserialize(using = JmhNumber.class) Double scoreError,
            String scoreUnit,
            List<List<Double>> rawData) {

        Metric metric(String name, Function<String, IllegalArgumentException> fail) {
            return new Metric(present(score, name + ".score", "number", fail), present(scoreError, name + ".scoreError", "number", fail),
                    present(scoreUnit, name + ".scoreUnit", "string", fail));
        }
    }

    /**
     * The secondary metrics the report reads.
     *
     * @param allocation {@value #ALLOCATION}, with {@code -prof gc}
     * @param cpuTime {@value #CPU_TIME}, with {@code -prof dev.vtvsreactive.bench.profile.CpuTimeProfiler}
     */
    private record SecondaryMetrics(@JsonProperty(ALLOCATION) Score allocation, @JsonProperty(CPU_TIME) Score cpuTime) {
    }

    /** {@code value}, which JMH always writes; {@code fail} says that the entry has no {@code name} {@code kind} otherwise. */
    private static <T> T present(T value, String name, String kind, Function<String, IllegalArgumentException> fail) {
        if (value == null) {
            throw fail.apply("has no '" + name + "' " + kind);
        }
        return value;
    }

    /** A number as JMH writes it: a JSON number, or {@code "NaN"}, {@code "+INF"} or {@code "-INF"} where it has none. */
    private static final class JmhNumber extends ValueDeserializer<Double> {

        @Override
        public Double deserialize(JsonParser parser, DeserializationContext context) {
            if (parser.currentToken().isNumeric()) {
                return parser.getDoubleValue();
            }
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                return (Double) context.handleUnexpectedToken(Double.class, parser);
            }
            return switch (parser.getString()) {
                case "NaN" -> Double.NaN;
                case "+INF" -> Double.POSITIVE_INFINITY;
                case "-INF" -> Double.NEGATIVE_INFINITY;
                default -> (Double) context.handleWeirdStringValue(Double.class, parser.getString(),
                        "JMH writes a number there, or NaN, +INF or -INF");
            };
        }
    }
}
