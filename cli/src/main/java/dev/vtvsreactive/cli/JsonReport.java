package dev.vtvsreactive.cli;

import dev.vtvsreactive.lesson.TimeScale;
import dev.vtvsreactive.lesson.http.LessonJson;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;

/** A comparison for programs: one JSON document holding every run, its lines and its result. */
final class JsonReport {

    /** The document; {@code baseUrl} is null when no HTTP scenario ran. */
    record Document(double scale, String baseUrl, List<Run> runs) {
    }

    /**
     * One run; {@code idealMillis} is null when unknown, {@code error} null when the run succeeded,
     * {@code "skipped: <why>"} with a null {@code wallMillis} when the model could not run it (as
     * {@code asyncio/lesson.py --json} writes it).
     */
    record Run(String model, String scenario, Double wallMillis, Double idealMillis, Object result,
               List<Event> events, String error) {
    }

    /** One lesson line, {@code atMillis} into the run. */
    record Event(long atMillis, String line, String thread) {
    }

    private JsonReport() {
    }

    static void write(PrintWriter out, TimeScale scale, Optional<HttpServerTarget> server, List<RunResult> results) {
        Document document = new Document(scale.factor(),
                server.map(target -> target.baseUrl().toString()).orElse(null),
                results.stream().map(JsonReport::run).toList());
        out.println(LessonJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(document));
        out.flush();
    }

    private static Run run(RunResult result) {
        return new Run(result.model(), result.scenario().label(), result.wasSkipped() ? null : Millis.of(result.wall()),
                result.ideal().map(Millis::of).orElse(null), result.result(),
                result.events().stream().map(e -> new Event(e.atMillis(), e.line(), e.thread())).toList(),
                result.skip().map(why -> "skipped: " + why).or(result::reason).orElse(null));
    }
}
