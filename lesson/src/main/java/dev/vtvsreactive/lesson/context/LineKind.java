package dev.vtvsreactive.lesson.context;

import dev.vtvsreactive.lesson.Labelled;
import dev.vtvsreactive.lesson.Lesson;
import java.util.Optional;

/** Where in a request a line is said, which decides what thread says it. */
public enum LineKind implements Labelled {

    /** A gather task's {@code Starting} line, said where the task is started. */
    TASK_STARTING("a gather task starts", Lesson.GATHER_TASKS.size()),
    /** A gather task's {@code Finished} line, said in its continuation once its delay has passed. */
    TASK_FINISHED("a gather task's continuation after its delay", Lesson.GATHER_TASKS.size()),
    /** A GET's {@code answered} line, said in its response handling. */
    GET_ANSWERED("a GET's response handling", 2);

    private final String description;
    private final int perRequest;

    LineKind(String description, int perRequest) {
        this.description = description;
        this.perRequest = perRequest;
    }

    /** Where the line is said, for a reader. */
    public String description() {
        return description;
    }

    /** How many lines of this kind a request logs. */
    public int perRequest() {
        return perRequest;
    }

    /** The kind of {@code line}, read from its text; empty for a line of none. */
    public static Optional<LineKind> of(String line) {
        if (line.startsWith("Task ")) {
            return Optional.of(line.endsWith(": Finished") ? TASK_FINISHED : TASK_STARTING);
        }
        return line.startsWith("Request ") && line.endsWith(" answered") ? Optional.of(GET_ANSWERED) : Optional.empty();
    }

    @Override
    public String toString() {
        return label();
    }
}
