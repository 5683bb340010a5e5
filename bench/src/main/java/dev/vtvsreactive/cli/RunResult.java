package dev.vtvsreactive.cli;

import dev.vtvsreactive.lesson.Narrator.Event;
import dev.vtvsreactive.lesson.http.HttpFailure;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * One scenario run in one model.
 *
 * @param wall    from the call of the scenario's {@code main} to its return or failure (the model's
 *                construction and closing are not included)
 * @param ideal   the time it would take if the model cost nothing, when known
 * @param result  what the {@code main} returned: {@code null} for greet or a failed run
 * @param events  the lesson lines said, offsets from the start of the run
 * @param failure why the run failed, if it did
 */
record RunResult(String model, Scenario scenario, Duration wall, Optional<Duration> ideal, Object result,
                 List<Event> events, Optional<RuntimeException> failure) {

    boolean failed() {
        return failure.isPresent();
    }

    /**
     * Why the run failed, on one line: an {@link HttpFailure}'s message (URL and cause) wherever it
     * sits in the cause chain, else the exception's type and message.
     */
    Optional<String> reason() {
        return failure.map(RunResult::describe);
    }

    private static String describe(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof HttpFailure http) {
                return http.getMessage();
            }
        }
        return failure.getMessage() == null
                ? failure.getClass().getName()
                : failure.getClass().getSimpleName() + ": " + failure.getMessage();
    }
}
