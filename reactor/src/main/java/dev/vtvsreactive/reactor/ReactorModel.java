package dev.vtvsreactive.reactor;

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

/**
 * The blocking facade over {@link ReactorLesson}: each {@code Mono} is subscribed with
 * {@code toFuture()}; a wait that times out cancels the subscription.
 */
public final class ReactorModel extends BoundedLessonModel {

    public static final String NAME = Model.REACTOR.key();

    private final ReactorLesson lesson;

    public ReactorModel(String name, LessonContext context, ReactorHttp http) {
        super(name, context);
        this.lesson = new ReactorLesson(context, http);
    }

    @Override
    protected Future<?> startGreet(String name) {
        return lesson.greet(name).toFuture();
    }

    @Override
    protected Future<Map<String, String>> startFetchData() {
        return lesson.fetchData().toFuture();
    }

    @Override
    protected Future<List<String>> startGather(List<Task> tasks) {
        return lesson.gather(tasks).toFuture();
    }

    @Override
    protected Future<PostAndComment> startHttp(URI baseUrl) {
        return lesson.http(baseUrl).toFuture();
    }

    @Override
    protected Future<List<Post>> startPosts(URI baseUrl, List<Integer> ids, int maxConcurrency) {
        return lesson.posts(baseUrl, ids, maxConcurrency).toFuture();
    }

    @Override
    protected Future<?> startOpenLoop(URI baseUrl, LoadSchedule schedule, LoadRecorder recorder) {
        return lesson.openLoop(baseUrl, schedule, recorder).toFuture();
    }

    @Override
    public void close() {
        lesson.close();
    }

}
