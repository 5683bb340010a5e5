package dev.vtvsreactive.bench.cpu;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonProperty.Access;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.vtvsreactive.lesson.http.LessonJson;
import java.util.List;
import java.util.Objects;

/**
 * Every run of one CPU-bound experiment, as one JSON document.
 *
 * @param java       the version of the JVM that ran the experiment
 * @param processors how many processors that JVM saw
 * @param scale      the time scale of the plan
 * @param plan       the plan every run followed, with the one calibrated CPU work they all did
 * @param runs       per model in the order asked for, each of its variants in turn
 */
@JsonPropertyOrder({"scenario"})
public record CpuBoundReport(String java, int processors, double scale, CpuBoundPlan plan,
                             List<CpuBoundRun> runs) {

    public static final String SCENARIO = "cpu-bound";

    public CpuBoundReport {
        Objects.requireNonNull(plan, "plan");
        runs = List.copyOf(runs);
    }

    /** Names the document: always {@value #SCENARIO}. */
    @JsonProperty(access = Access.READ_ONLY)
    public String scenario() {
        return SCENARIO;
    }

    /** The report as indented JSON, the derived measures of each run written beside its timeline. */
    public String toJson() {
        return LessonJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(this);
    }
}
