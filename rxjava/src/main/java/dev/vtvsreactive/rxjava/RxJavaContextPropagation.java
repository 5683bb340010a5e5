package dev.vtvsreactive.rxjava;

import dev.vtvsreactive.lesson.LessonContext;
import dev.vtvsreactive.lesson.Task;
import dev.vtvsreactive.lesson.context.ContextPropagationModel;
import dev.vtvsreactive.lesson.context.MdcCarrier;
import dev.vtvsreactive.lesson.context.Propagation;
import dev.vtvsreactive.lesson.context.RequestLog;
import dev.vtvsreactive.lesson.http.Comment;
import dev.vtvsreactive.lesson.http.JsonPlaceholder;
import dev.vtvsreactive.lesson.http.Post;
import dev.vtvsreactive.lesson.http.PostAndComment;
import io.reactivex.rxjava3.core.Single;
import io.reactivex.rxjava3.plugins.RxJavaPlugins;
import io.reactivex.rxjava3.schedulers.Schedulers;
import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * The request id in RxJava 3, which has no context of its own: under
 * {@link Propagation#SCHEDULE_HANDLER}, {@link RxJavaPlugins#setScheduleHandler} wraps every task
 * handed to a scheduler so that it runs with the MDC of the thread that scheduled it. That reaches
 * the gather's timers, scheduled when the request's thread subscribes; it cannot reach a callback
 * that no scheduler runs, such as the JDK client's completion of a GET, whose thread took the
 * response from the network and has no request's MDC to capture. The scenarios are the lesson's own.
 * The wait is {@code blockingGet()}, which has no bound: an interrupt of the request's thread ends it.
 */
public final class RxJavaContextPropagation implements ContextPropagationModel {

    private final Propagation propagation;
    private final LessonContext context;
    private final RxJavaLesson lesson;

    /** Installs the schedule handler first, under {@link Propagation#SCHEDULE_HANDLER}: it is global. */
    public RxJavaContextPropagation(Propagation propagation, LessonContext context) {
        this.propagation = Objects.requireNonNull(propagation, "propagation");
        this.context = Objects.requireNonNull(context, "context");
        if (propagation == Propagation.SCHEDULE_HANDLER) {
            RxJavaPlugins.setScheduleHandler(MdcCarrier::carried);
        }
        this.lesson = new RxJavaLesson(context, Schedulers.computation());
    }

    @Override
    public List<String> gather(List<Task> tasks) {
        return lesson.gather(tasks).blockingGet();
    }

    @Override
    public PostAndComment http(URI baseUrl, String request) {
        return Single.zip(get(baseUrl, JsonPlaceholder.POST_1, Post.class, request),
                        get(baseUrl, JsonPlaceholder.COMMENT_1, Comment.class, request),
                        PostAndComment::new)
                .blockingGet();
    }

    private <T> Single<T> get(URI baseUrl, String path, Class<T> type, String request) {
        return lesson.get(JsonPlaceholder.resolve(baseUrl, path), type)
                .doOnSuccess(response -> context.say(RequestLog.answered(request, path)));
    }

    @Override
    public void close() {
        try {
            lesson.close();
        } finally {
            if (propagation == Propagation.SCHEDULE_HANDLER) {
                RxJavaPlugins.setScheduleHandler(null);
            }
        }
    }
}
