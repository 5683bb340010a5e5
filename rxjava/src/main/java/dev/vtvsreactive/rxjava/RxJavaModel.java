package dev.vtvsreactive.rxjava;

import dev.vtvsreactive.lesson.Blocking;
import dev.vtvsreactive.lesson.Lesson;
import dev.vtvsreactive.lesson.LessonContext;
import dev.vtvsreactive.lesson.LessonModel;
import dev.vtvsreactive.lesson.LessonModelFactory;
import dev.vtvsreactive.lesson.Task;
import dev.vtvsreactive.lesson.http.JsonPlaceholder;
import dev.vtvsreactive.lesson.http.Post;
import dev.vtvsreactive.lesson.http.PostAndComment;
import io.reactivex.rxjava3.core.Single;
import io.reactivex.rxjava3.schedulers.Schedulers;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The blocking facade over {@link RxJavaLesson}, its timers on {@code Schedulers.computation()}: a
 * bounded wait on each {@code Single}; a wait that times out disposes the subscription.
 */
public final class RxJavaModel implements LessonModel {

    public static final String NAME = "rxjava";

    private final LessonContext context;
    private final RxJavaLesson lesson;

    public RxJavaModel(LessonContext context) {
        this.context = context;
        this.lesson = new RxJavaLesson(context, Schedulers.computation());
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void greet(String name) {
        await("greet", context.waitBound(Lesson.GREET_DELAY), lesson.greet(name).toSingleDefault(name));
    }

    @Override
    public Map<String, String> fetchData() {
        return await("fetchData", context.waitBound(Lesson.FETCH_DELAY), lesson.fetchData());
    }

    @Override
    public List<String> gather(List<Task> tasks) {
        Objects.requireNonNull(tasks, "tasks");
        return await("gather", context.waitBound(Lesson.longest(tasks)), lesson.gather(tasks));
    }

    @Override
    public PostAndComment http(URI baseUrl) {
        return await("http", JsonPlaceholder.waitBound(2, 2), lesson.http(baseUrl));
    }

    @Override
    public List<Post> posts(URI baseUrl, List<Integer> ids, int maxConcurrency) {
        return await("posts", JsonPlaceholder.waitBound(ids.size(), maxConcurrency),
                lesson.posts(baseUrl, ids, maxConcurrency));
    }

    private static <T> T await(String scenario, Duration bound, Single<T> single) {
        return Blocking.await(single.toCompletionStage().toCompletableFuture(), bound, NAME + ": " + scenario);
    }

    @Override
    public void close() {
        lesson.close();
    }

    /** Registers this model with {@link dev.vtvsreactive.lesson.LessonModels}. */
    public static final class Factory implements LessonModelFactory {
        @Override
        public String name() {
            return NAME;
        }

        @Override
        public LessonModel create(LessonContext context) {
            return new RxJavaModel(context);
        }
    }
}
