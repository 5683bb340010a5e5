package dev.vtvsreactive.virtualthreads;

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
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** The blocking facade over {@link VirtualThreadsLesson}: each call runs on a fresh virtual thread, as a request would. */
public final class VirtualThreadsModel implements LessonModel {

    public static final String NAME = "virtual-threads";

    private final LessonContext context;
    private final VirtualThreadsLesson lesson;
    private final ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor();

    public VirtualThreadsModel(LessonContext context) {
        this.context = context;
        this.lesson = new VirtualThreadsLesson(context);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void greet(String name) {
        onVirtualThread("greet", Lesson.GREET_DELAY, () -> {
            lesson.greet(name);
            return null;
        });
    }

    @Override
    public Map<String, String> fetchData() {
        return onVirtualThread("fetchData", Lesson.FETCH_DELAY, lesson::fetchData);
    }

    @Override
    public List<String> gather(List<Task> tasks) {
        return onVirtualThread("gather", Lesson.longest(tasks), () -> lesson.gather(tasks));
    }

    @Override
    public PostAndComment http(URI baseUrl) {
        return await("http", JsonPlaceholder.waitBound(2, 2), () -> lesson.http(baseUrl));
    }

    @Override
    public List<Post> posts(URI baseUrl, List<Integer> ids, int maxConcurrency) {
        return await("posts", JsonPlaceholder.waitBound(ids.size(), maxConcurrency),
                () -> lesson.posts(baseUrl, ids, maxConcurrency));
    }

    private <T> T onVirtualThread(String scenario, Duration lessonTime, Callable<T> body) {
        return await(scenario, context.waitBound(lessonTime), body);
    }

    private <T> T await(String scenario, Duration bound, Callable<T> body) {
        return Blocking.await(callers.submit(body), bound, NAME + ": " + scenario);
    }

    @Override
    public void close() {
        callers.close();
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
            return new VirtualThreadsModel(context);
        }
    }
}
