package dev.vtvsreactive.reactor;

import dev.vtvsreactive.lesson.BoundedLessonModel;
import dev.vtvsreactive.lesson.LessonContext;
import dev.vtvsreactive.lesson.LessonModelFactory;
import dev.vtvsreactive.lesson.Task;
import dev.vtvsreactive.lesson.http.Post;
import dev.vtvsreactive.lesson.http.PostAndComment;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;

/**
 * The blocking facade over {@link ReactorLesson}: each {@code Mono} is subscribed with
 * {@code toFuture()}; a wait that times out cancels the subscription.
 */
public final class ReactorModel extends BoundedLessonModel {

    public static final String NAME = "reactor";
    /** The labelled variant: Reactor over the JDK {@code HttpClient} rather than reactor-netty. */
    public static final String JDK_HTTP_VARIANT = "reactor-jdk-http";

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
    public void close() {
        lesson.close();
    }

    /** Registers Reactor over reactor-netty, its own stack, with {@link dev.vtvsreactive.lesson.LessonModels}. */
    public static final class Factory extends LessonModelFactory {
        public Factory() {
            super(NAME, context -> new ReactorModel(NAME, context, ReactorHttp.netty(context.httpTimeouts())));
        }
    }

    /** Registers the labelled variant, Reactor over the JDK {@code HttpClient}. */
    public static final class JdkHttpFactory extends LessonModelFactory {
        public JdkHttpFactory() {
            super(JDK_HTTP_VARIANT, context -> new ReactorModel(JDK_HTTP_VARIANT, context, ReactorHttp.jdk(context.httpTimeouts())));
        }
    }
}
