package dev.vtvsreactive.report;

import dev.vtvsreactive.lesson.http.LessonJson;
import java.nio.file.Path;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/** Reads an experiment's JSON document, which names itself in its {@code "scenario"} field. */
final class ExperimentJson {

    private ExperimentJson() {
    }

    /**
     * The document {@code json}, read from {@code source}, as {@code type}.
     *
     * @param scenario what its {@code "scenario"} field must say
     * @param what what the document is, for the message: {@code a CPU-bound experiment report}
     * @throws IllegalArgumentException {@code "<source> is not <what>: <why>"} when it is not that document
     */
    static <T> T read(Path source, byte[] json, String scenario, Class<T> type, String what) {
        try {
            JsonNode tree = LessonJson.MAPPER.readTree(json);
            String named = tree == null ? "" : tree.path("scenario").asString("");
            if (!named.equals(scenario)) {
                throw new IllegalArgumentException(source + " is not " + what + ": its \"scenario\" is '" + named + "', not '"
                        + scenario + "'");
            }
            return LessonJson.MAPPER.treeToValue(tree, type);
        } catch (JacksonException e) {
            throw new IllegalArgumentException(source + " is not " + what + ": " + e.getOriginalMessage(), e);
        }
    }
}
