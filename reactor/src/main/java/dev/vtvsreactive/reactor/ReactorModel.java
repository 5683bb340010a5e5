package dev.vtvsreactive.reactor;

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
import java.util.Objects;
import reactor.core.publisher.Mono;

/**
 * The blocking facade over {@link ReactorLesson}: a bounded wait on each {@code Mono}; a wait that
 * times out cancels the subscription.
 */
public final class ReactorModel implements LessonModel {

    public static final String NAME = "reactor";
    /** The labelled variant: Reactor over the JDK {@code HttpClient} rather than reactor-netty. */
    public static final String JDK_HTTP_VARIANT = "reactor-jdk-http";

    private final String name;
    private final LessonContext context;
    private final ReactorLesson lesson;

    public ReactorModel(String name, LessonContext context, ReactorHttp http) {
        this.name = name;
        this.context = context;
        this.lesson = new ReactorLesson(context, http);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void greet(String name) {
        await("greet", context.waitBound(Lesson.GREET_DELAY), lesson.greet(name));
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

    private <T> T await(String scenario, Duration bound, Mono<T> mono) {
        return Blocking.await(mono.toFuture(), bound, name + ": " + scenario);
    }

    @Override
    public void close() {
        lesson.close();
    }

    /** Registers Reactor over reactor-netty, its own stack, with {@link dev.vtvsreactive.lesson.LessonModels}. */
    public static final class Factory implements LessonModelFactory {
        @Override
        public String name() {
            return NAME;
        }

        @Override
        public LessonModel create(LessonContext context) {
            return new ReactorModel(NAME, context, ReactorHttp.netty());
        }
    }

    /** Registers the labelled variant, Reactor over the JDK {@code HttpClient}. */
    public static final class JdkHttpFactory implements LessonModelFactory {
        @Override
        public String name() {
            return JDK_HTTP_VARIANT;
        }

        @Override
        public LessonModel create(LessonContext context) {
            return new ReactorModel(JDK_HTTP_VARIANT, context, ReactorHttp.jdk());
        }
    }
}
