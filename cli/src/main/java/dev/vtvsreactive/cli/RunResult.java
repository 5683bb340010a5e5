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
 *                construction and closing are not included); zero for a skipped run, which never started
 * @param ideal   the time it would take if the model cost nothing, when known
 * @param result  what the {@code main} returned: {@code null} for greet or a failed run
 * @param events  the lesson lines said, offsets from the start of the run
 * @param failure why the run failed, if it did
 * @param skip    why the model could not run the scenario at all, if it could not (asyncio without
 *                Python 3.11 or without aiohttp): neither a result nor a failure of the model
 */
record RunResult(String model, Scenario scenario, Duration wall, Optional<Duration> ideal, Object result,
                 List<Event> events, Optional<RuntimeException> failure, Optional<String> skip) {

    /** A run of {@code model} that could not start, and why. */
    static RunResult skipped(String model, Scenario scenario, Optional<Duration> ideal, String why) {
        return new RunResult(model, scenario, Duration.ZERO, ideal, null, List.of(), Optional.empty(), Optional.of(why));
    }

    boolean failed() {
        return failure.isPresent();
    }

    boolean wasSkipped() {
        return skip.isPresent();
    }

    /**
     * Why the run failed, on one line: an {@link HttpFailure}'s message (URL and cause) wherever it
     * sits in the cause chain, an {@link AsyncioFailure}'s as Python gave it, else the exception's
     * type and message.
     */
    Optional<String> reason() {
        return failure.map(RunResult::describe);
    }

    private static String describe(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof HttpFailure || t instanceof AsyncioFailure) {
                return t.getMessage();
            }
        }
        return failure.getMessage() == null
                ? failure.getClass().getName()
                : failure.getClass().getSimpleName() + ": " + failure.getMessage();
    }
}
