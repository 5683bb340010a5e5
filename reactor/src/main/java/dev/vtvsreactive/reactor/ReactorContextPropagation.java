package dev.vtvsreactive.reactor;

import dev.vtvsreactive.lesson.LessonContext;
import dev.vtvsreactive.lesson.Task;
import dev.vtvsreactive.lesson.context.ContextPropagationModel;
import dev.vtvsreactive.lesson.context.Propagation;
import dev.vtvsreactive.lesson.context.RequestLog;
import dev.vtvsreactive.lesson.http.Comment;
import dev.vtvsreactive.lesson.http.JsonPlaceholder;
import dev.vtvsreactive.lesson.http.Post;
import dev.vtvsreactive.lesson.http.PostAndComment;
import io.micrometer.context.ContextRegistry;
import io.micrometer.context.integration.Slf4jThreadLocalAccessor;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import reactor.core.publisher.Hooks;
import reactor.core.publisher.Mono;

/**
 * The request id in Project Reactor. Reactor's carrier is the subscriber's {@code Context}, which
 * travels with the subscription whatever thread a signal arrives on; context-propagation's
 * {@link Slf4jThreadLocalAccessor} maps the MDC's id to it. Under
 * {@link Propagation#AUTOMATIC_CONTEXT}, {@code block()} captures the calling thread's MDC into the
 * {@code Context} and every operator's callback (the timers' on {@code Schedulers.parallel()},
 * reactor-netty's on its event loop) runs with it restored, and cleared after. The scenarios
 * themselves are the lesson's own, unchanged.
 */
public final class ReactorContextPropagation implements ContextPropagationModel {

    static {
        ContextRegistry.getInstance().registerThreadLocalAccessor(new Slf4jThreadLocalAccessor(RequestLog.KEY));
    }

    private final Propagation propagation;
    private final LessonContext context;
    private final ReactorHttp http;
    private final ReactorLesson lesson;

    /** Switches automatic propagation on first, under {@link Propagation#AUTOMATIC_CONTEXT}: it is global. */
    public ReactorContextPropagation(Propagation propagation, LessonContext context) {
        this.propagation = Objects.requireNonNull(propagation, "propagation");
        this.context = Objects.requireNonNull(context, "context");
        if (propagation == Propagation.AUTOMATIC_CONTEXT) {
            Hooks.enableAutomaticContextPropagation();
        }
        this.http = ReactorHttp.netty(context.httpTimeouts());
        this.lesson = new ReactorLesson(context, http);
    }

    @Override
    public List<String> gather(List<Task> tasks) {
        return lesson.gather(tasks).block(RequestLog.gatherBound(context));
    }

    @Override
    public PostAndComment http(URI baseUrl, String request) {
        return Mono.zip(get(baseUrl, JsonPlaceholder.POST_1, Post.class, request),
                        get(baseUrl, JsonPlaceholder.COMMENT_1, Comment.class, request),
                        PostAndComment::new)
                .block(RequestLog.httpBound(context));
    }

    private <T> Mono<T> get(URI baseUrl, String path, Class<T> type, String request) {
        return http.get(JsonPlaceholder.resolve(baseUrl, path), type)
                .doOnNext(response -> context.say(RequestLog.answered(request, path)));
    }

    @Override
    public void close() {
        try {
            lesson.close();
        } finally {
            if (propagation == Propagation.AUTOMATIC_CONTEXT) {
                Hooks.disableAutomaticContextPropagation();
            }
        }
    }
}
