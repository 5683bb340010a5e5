package dev.vtvsreactive.lesson;

import dev.vtvsreactive.lesson.http.JsonPlaceholder;
import dev.vtvsreactive.lesson.http.Post;
import dev.vtvsreactive.lesson.http.PostAndComment;
import dev.vtvsreactive.lesson.load.LoadRecorder;
import dev.vtvsreactive.lesson.load.LoadSchedule;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Future;

/**
 * The blocking facade, written once: a model only says how each scenario of its idiomatic API
 * becomes a {@link Future} ({@code Mono::toFuture}, a virtual thread's {@code Future}, ...); this
 * class waits for it with the scenario's bound and rethrows the model's own error.
 */
public abstract class BoundedLessonModel implements LessonModel {

    private final String name;
    protected final LessonContext context;

    protected BoundedLessonModel(String name, LessonContext context) {
        this.name = Objects.requireNonNull(name, "name");
        this.context = Objects.requireNonNull(context, "context");
    }

    protected abstract Future<?> startGreet(String name);

    protected abstract Future<Map<String, String>> startFetchData();

    protected abstract Future<List<String>> startGather(List<Task> tasks);

    protected abstract Future<PostAndComment> startHttp(URI baseUrl);

    protected abstract Future<List<Post>> startPosts(URI baseUrl, List<Integer> ids, int maxConcurrency);

    protected abstract Future<?> startOpenLoop(URI baseUrl, LoadSchedule schedule, LoadRecorder recorder);

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final void greet(String name) {
        await("greet", context.waitBound(Lesson.GREET_DELAY), startGreet(name));
    }

    @Override
    public final Map<String, String> fetchData() {
        return await("fetchData", context.waitBound(Lesson.FETCH_DELAY), startFetchData());
    }

    @Override
    public final List<String> gather(List<Task> tasks) {
        Objects.requireNonNull(tasks, "tasks");
        return await("gather", context.waitBound(Lesson.longest(tasks)), startGather(tasks));
    }

    @Override
    public final PostAndComment http(URI baseUrl) {
        return await("http", JsonPlaceholder.waitBound(2, 2, context.httpTimeouts()), startHttp(baseUrl));
    }

    @Override
    public final List<Post> posts(URI baseUrl, List<Integer> ids, int maxConcurrency) {
        Duration bound = JsonPlaceholder.waitBound(ids.size(), maxConcurrency, context.httpTimeouts());
        return await("posts", bound, startPosts(baseUrl, ids, maxConcurrency));
    }

    /** Waits for the schedule's span, then for its last GET: one connect and response timeout. */
    @Override
    public final void openLoop(URI baseUrl, LoadSchedule schedule, LoadRecorder recorder) {
        Objects.requireNonNull(recorder, "recorder");
        Duration bound = schedule.span().plus(JsonPlaceholder.waitBound(1, 1, context.httpTimeouts()));
        await("openLoop", bound, startOpenLoop(baseUrl, schedule, recorder));
    }

    private <T> T await(String scenario, Duration bound, Future<T> work) {
        return Blocking.await(work, bound, name + ": " + scenario);
    }
}
