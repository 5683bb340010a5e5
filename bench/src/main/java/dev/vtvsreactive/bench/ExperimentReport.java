package dev.vtvsreactive.bench;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonProperty.Access;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.vtvsreactive.lesson.http.LessonJson;

/**
 * Every run of one experiment, as one JSON document, named first by its {@link #scenario()}, which
 * is written but never read back (the type being read says which it is).
 */
@JsonPropertyOrder({"scenario"})
public interface ExperimentReport {

    /** Names the document: which experiment it is, e.g. {@code cpu-bound}. */
    @JsonProperty(access = Access.READ_ONLY)
    String scenario();

    /** The report as indented JSON, the derived measures of each run written beside what it measured. */
    default String toJson() {
        return LessonJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(this);
    }
}
