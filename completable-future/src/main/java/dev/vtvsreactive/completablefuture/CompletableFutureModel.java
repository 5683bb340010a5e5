package dev.vtvsreactive.completablefuture;

import dev.vtvsreactive.lesson.Blocking;
import dev.vtvsreactive.lesson.Lesson;
import dev.vtvsreactive.lesson.LessonContext;
import dev.vtvsreactive.lesson.LessonModel;
import dev.vtvsreactive.lesson.LessonModelFactory;
import dev.vtvsreactive.lesson.Task;
import dev.vtvsreactive.lesson.http.JsonPlaceholder;
import dev.vtvsreactive.lesson.http.Post;
import dev.vtvsreactive.lesson.http.PostAndComment;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The blocking facade over {@link CompletableFutureLesson}: a bounded {@code get} on each future. */
public final class CompletableFutureModel implements LessonModel {

    public static final String NAME = "completable-future";

    private final LessonContext context;
    private final CompletableFutureLesson lesson;

    public CompletableFutureModel(LessonContext context) {
        this.context = context;
        this.lesson = new CompletableFutureLesson(context);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void greet(String name) {
        Blocking.await(lesson.greet(name), context.waitBound(Lesson.GREET_DELAY), NAME + ": greet");
    }

    @Override
    public Map<String, String> fetchData() {
        return Blocking.await(lesson.fetchData(), context.waitBound(Lesson.FETCH_DELAY), NAME + ": fetchData");
    }

    @Override
    public List<String> gather(List<Task> tasks) {
        Objects.requireNonNull(tasks, "tasks");
        return Blocking.await(lesson.gather(tasks), context.waitBound(Lesson.longest(tasks)), NAME + ": gather");
    }

    @Override
    public PostAndComment http(URI baseUrl) {
        return Blocking.await(lesson.http(baseUrl), JsonPlaceholder.waitBound(2, 2), NAME + ": http");
    }

    @Override
    public List<Post> posts(URI baseUrl, List<Integer> ids, int maxConcurrency) {
        return Blocking.await(lesson.posts(baseUrl, ids, maxConcurrency),
                JsonPlaceholder.waitBound(ids.size(), maxConcurrency), NAME + ": posts");
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
            return new CompletableFutureModel(context);
        }
    }
}
