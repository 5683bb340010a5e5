package dev.vtvsreactive.lesson;

import dev.vtvsreactive.lesson.http.LessonJson;
import dev.vtvsreactive.lesson.http.PostAndComment;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The lesson's {@code main} coroutines, written once: each says its own lines around the model's
 * coroutine, exactly as the lesson prints them.
 */
public final class LessonRunner {

    private final LessonModel model;
    private final LessonContext context;

    public LessonRunner(LessonModel model, LessonContext context) {
        this.model = model;
        this.context = context;
    }

    /** {@code main_single()}: awaits {@code greet("Alice")}. */
    public void mainSingle() {
        context.say("Running single coroutine...");
        model.greet("Alice");
        context.say("Single coroutine finished.");
    }

    /** {@code main()}: awaits {@code fetch_data()} and prints what it received. */
    public Map<String, String> main() {
        context.say("Starting main...");
        Map<String, String> data = model.fetchData();
        context.say("Received: " + PyRepr.repr(data));
        context.say("Main finished.");
        return data;
    }

    /** {@code main_concurrent()}: gathers {@code tasks} and prints how long that took and the results. */
    public List<String> mainConcurrent(List<Task> tasks) {
        context.say("Running concurrent tasks...");
        long start = System.nanoTime();
        List<String> results = model.gather(tasks);
        double seconds = (System.nanoTime() - start) / 1e9;
        context.say(String.format(Locale.ROOT, "All tasks finished in %.2f seconds.", seconds));
        context.say("Results: " + PyRepr.repr(results));
        return results;
    }

    /**
     * {@code main_http_example()}: fetches post 1 and comment 1 and prints them as Python prints
     * the dicts. (The lesson awaits the two GETs one after the other; every model here runs them
     * concurrently, as the lesson's own {@code gather} section teaches.)
     */
    public PostAndComment mainHttpExample(URI baseUrl) {
        PostAndComment fetched = model.http(baseUrl);
        context.say("--- Data from Post 1 ---");
        context.say(PyRepr.repr(LessonJson.MAPPER.convertValue(fetched.post(), Map.class)));
        context.say("");
        context.say("--- Data from Comment 1 ---");
        context.say(PyRepr.repr(LessonJson.MAPPER.convertValue(fetched.comment(), Map.class)));
        return fetched;
    }
}
