package dev.vtvsreactive.completablefuture;

import dev.vtvsreactive.lesson.Blocking;
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
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * The request id with {@code CompletableFuture}, which carries nothing from stage to stage: under
 * {@link Propagation#CAPTURING_EXECUTOR} each request makes an executor that captures its MDC
 * there and then, and every async stage of the request runs on it. It must be captured where the
 * request starts: an executor capturing when a task is handed over would capture the MDC of
 * whichever thread completed the stage before (the delay's timer, the HTTP client's), which has none.
 * The caller waits with {@link Blocking#await}, bounded; {@code join()} could not be interrupted.
 */
public final class CompletableFutureContextPropagation implements ContextPropagationModel {

    private final Propagation propagation;
    private final LessonContext context;
    private final CompletableFutureLesson lesson;

    public CompletableFutureContextPropagation(Propagation propagation, LessonContext context) {
        this.propagation = Objects.requireNonNull(propagation, "propagation");
        this.context = Objects.requireNonNull(context, "context");
        this.lesson = new CompletableFutureLesson(context);
    }

    @Override
    public List<String> gather(List<Task> tasks) {
        return Blocking.await(lesson.gather(tasks, requestExecutor()), RequestLog.gatherBound(context), "completable-future: gather");
    }

    @Override
    public PostAndComment http(URI baseUrl, String request) {
        Executor executor = requestExecutor();
        return Blocking.await(get(baseUrl, JsonPlaceholder.POST_1, Post.class, request, executor)
                        .thenCombine(get(baseUrl, JsonPlaceholder.COMMENT_1, Comment.class, request, executor), PostAndComment::new),
                RequestLog.httpBound(context), "completable-future: http");
    }

    private <T> CompletableFuture<T> get(URI baseUrl, String path, Class<T> type, String request, Executor executor) {
        return lesson.get(JsonPlaceholder.resolve(baseUrl, path), type).thenApplyAsync(response -> {
            context.say(RequestLog.answered(request, path));
            return response;
        }, executor);
    }

    /** Where the request's async stages run: the default pool, through an executor carrying its MDC if propagating. */
    private Executor requestExecutor() {
        return propagation == Propagation.CAPTURING_EXECUTOR
                ? MdcCarrier.capturing(CompletableFutureLesson.ASYNC_POOL)
                : CompletableFutureLesson.ASYNC_POOL;
    }

    @Override
    public void close() {
        lesson.close();
    }
}
