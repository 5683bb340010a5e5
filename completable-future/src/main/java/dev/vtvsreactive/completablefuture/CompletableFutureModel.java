package dev.vtvsreactive.completablefuture;

import dev.vtvsreactive.lesson.BoundedLessonModel;
import dev.vtvsreactive.lesson.LessonContext;
import dev.vtvsreactive.lesson.Model;
import dev.vtvsreactive.lesson.Task;
import dev.vtvsreactive.lesson.http.Post;
import dev.vtvsreactive.lesson.http.PostAndComment;
import dev.vtvsreactive.lesson.load.LoadRecorder;
import dev.vtvsreactive.lesson.load.LoadSchedule;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;

/** The blocking facade over {@link CompletableFutureLesson}: its futures are waited for as they are. */
public final class CompletableFutureModel extends BoundedLessonModel {

    public static final String NAME = Model.COMPLETABLE_FUTURE.key();

    private final CompletableFutureLesson lesson;

    public CompletableFutureModel(LessonContext context) {
        super(NAME, context);
        this.lesson = new CompletableFutureLesson(context);
    }

    @Override
    protected Future<?> startGreet(String name) {
        return lesson.greet(name);
    }

    @Override
    protected Future<Map<String, String>> startFetchData() {
        return lesson.fetchData();
    }

    @Override
    protected Future<List<String>> startGather(List<Task> tasks) {
        return lesson.gather(tasks);
    }

    @Override
    protected Future<PostAndComment> startHttp(URI baseUrl) {
        return lesson.http(baseUrl);
    }

    @Override
    protected Future<List<Post>> startPosts(URI baseUrl, List<Integer> ids, int maxConcurrency) {
        return lesson.posts(baseUrl, ids, maxConcurrency);
    }

    @Override
    protected Future<?> startOpenLoop(URI baseUrl, LoadSchedule schedule, LoadRecorder recorder) {
        return lesson.openLoop(baseUrl, schedule, recorder);
    }

    @Override
    public void close() {
        lesson.close();
    }
}
