package dev.vtvsreactive.lesson.context;

import dev.vtvsreactive.lesson.Lesson;
import dev.vtvsreactive.lesson.LessonContext;
import dev.vtvsreactive.lesson.Narrator;
import dev.vtvsreactive.lesson.Task;
import dev.vtvsreactive.lesson.TimeScale;
import dev.vtvsreactive.lesson.http.JsonPlaceholder;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The log the request ids go to: every line the lesson says is an SLF4J line at INFO on
 * {@link #LOGGER}, and the id is the MDC's {@link #KEY}, where a request filter puts it. Each line
 * names the request it was said for in its own words (a task {@code r17/A}, a GET answered for
 * {@code r17}), so a reader can tell whether the id the line carries is its own.
 */
public final class RequestLog {

    /** The MDC key of the request id. */
    public static final String KEY = "requestId";
    /** The logger every line is written to. */
    public static final String LOGGER = "dev.vtvsreactive.lesson.context";
    /** The lesson at 1/100 of its delays (the gather's 3 s take 30 ms), every line logged. */
    public static final LessonContext CONTEXT = new LessonContext(new TimeScale(0.01), narrator());

    private static final Logger LOG = LoggerFactory.getLogger(LOGGER);
    private static final String TASK = "Task ";
    private static final String REQUEST = "Request ";

    private RequestLog() {
    }

    /** A narrator that logs every line at INFO, on the thread that says it. */
    public static Narrator narrator() {
        return new Narrator(event -> LOG.info(event.line()));
    }

    /** The lesson's gather tasks, A, B and C, named after {@code request}: {@code r17/A}, and so on. */
    public static List<Task> tasks(String request) {
        return Lesson.GATHER_TASKS.stream().map(task -> new Task(request + "/" + task.name(), task.delay())).toList();
    }

    /** What a GET's response handling logs: {@code Request r17: GET posts/1 answered}. */
    public static String answered(String request, String path) {
        return REQUEST + request + ": GET " + path + " answered";
    }

    /** The request a line was said for, read from its text; empty for a line of neither kind. */
    public static Optional<String> requestOf(String line) {
        if (line.startsWith(TASK)) {
            int slash = line.indexOf('/');
            return slash < 0 ? Optional.empty() : Optional.of(line.substring(TASK.length(), slash));
        }
        if (line.startsWith(REQUEST)) {
            int colon = line.indexOf(':');
            return colon < 0 ? Optional.empty() : Optional.of(line.substring(REQUEST.length(), colon));
        }
        return Optional.empty();
    }

    /** How long a request's thread waits for its gather in {@code context}. */
    public static Duration gatherBound(LessonContext context) {
        return context.waitBound(Lesson.longest(Lesson.GATHER_TASKS));
    }

    /** How long a request's thread waits for its two GETs in {@code context}. */
    public static Duration httpBound(LessonContext context) {
        return JsonPlaceholder.waitBound(2, 2, context.httpTimeouts());
    }
}
