package dev.vtvsreactive.rxjava;

import dev.vtvsreactive.lesson.BoundedLessonModel;
import dev.vtvsreactive.lesson.LessonContext;
import dev.vtvsreactive.lesson.Model;
import dev.vtvsreactive.lesson.Task;
import dev.vtvsreactive.lesson.http.Post;
import dev.vtvsreactive.lesson.http.PostAndComment;
import dev.vtvsreactive.lesson.load.LoadRecorder;
import dev.vtvsreactive.lesson.load.LoadSchedule;
import io.reactivex.rxjava3.core.Single;
import io.reactivex.rxjava3.schedulers.Schedulers;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;

/**
 * The blocking facade over {@link RxJavaLesson}, its timers on {@code Schedulers.computation()}.
 * Each {@code Single} is subscribed as a {@code CompletionStage}; a wait that times out disposes it.
 */
public final class RxJavaModel extends BoundedLessonModel {

    public static final String NAME = Model.RXJAVA.key();

    private final RxJavaLesson lesson;

    public RxJavaModel(LessonContext context) {
        super(NAME, context);
        this.lesson = new RxJavaLesson(context, Schedulers.computation());
    }

    @Override
    protected Future<?> startGreet(String name) {
        return start(lesson.greet(name).toSingleDefault(name));
    }

    @Override
    protected Future<Map<String, String>> startFetchData() {
        return start(lesson.fetchData());
    }

    @Override
    protected Future<List<String>> startGather(List<Task> tasks) {
        return start(lesson.gather(tasks));
    }

    @Override
    protected Future<PostAndComment> startHttp(URI baseUrl) {
        return start(lesson.http(baseUrl));
    }

    @Override
    protected Future<List<Post>> startPosts(URI baseUrl, List<Integer> ids, int maxConcurrency) {
        return start(lesson.posts(baseUrl, ids, maxConcurrency));
    }

    @Override
    protected Future<?> startOpenLoop(URI baseUrl, LoadSchedule schedule, LoadRecorder recorder) {
        return lesson.openLoop(baseUrl, schedule, recorder).toCompletionStage(null).toCompletableFuture();
    }

    private static <T> Future<T> start(Single<T> single) {
        return single.toCompletionStage().toCompletableFuture();
    }

    @Override
    public void close() {
        lesson.close();
    }
}
