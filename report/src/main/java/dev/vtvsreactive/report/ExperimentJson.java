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
     * @throws IllegalArgumentException {@code "<source> is not <what>: <why>"} when it is not that document, the
     *                                  why starting with where in it, {@code at runs[0].rate: }, below its root
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
            throw new IllegalArgumentException(source + " is not " + what + ": " + at(e) + e.getOriginalMessage(), e);
        }
    }

    /** Where in the document reading stopped, {@code at runs[0].rate: }; nothing at its root, where the message says it all. */
    private static String at(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "" : "at " + path + ": ";
    }
}
