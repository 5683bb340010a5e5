package dev.vtvsreactive.virtualthreads;

import dev.vtvsreactive.lesson.LessonContext;
import dev.vtvsreactive.lesson.Narrator;
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
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.MDC;

/**
 * The request id on virtual threads. The MDC is a thread-local and a new virtual thread starts
 * with none, so each thread the request starts is handed the id: its MDC copied
 * ({@link Propagation#MDC_COPY}), or a {@link ScopedValue} bound again in it
 * ({@link Propagation#SCOPED_VALUE}; only a {@code StructuredTaskScope}'s forks inherit a binding,
 * and that API is a preview in JDK 25). Logback reads the MDC, so under a scoped value each line
 * copies the id into the MDC while it is logged.
 */
public final class VirtualThreadsContextPropagation implements ContextPropagationModel {

    /** The request id, bound for the request's scope under {@link Propagation#SCOPED_VALUE}. */
    static final ScopedValue<String> REQUEST_ID = ScopedValue.newInstance();

    private final Propagation propagation;
    private final LessonContext context;
    private final VirtualThreadsLesson lesson;

    public VirtualThreadsContextPropagation(Propagation propagation, LessonContext context) {
        this.propagation = Objects.requireNonNull(propagation, "propagation");
        Objects.requireNonNull(context, "context");
        this.context = propagation == Propagation.SCOPED_VALUE
                ? new LessonContext(context.scale(), new Narrator(event -> sayWithScopedId(context, event.line())), context.httpTimeouts())
                : context;
        this.lesson = new VirtualThreadsLesson(this.context);
    }

    @Override
    public List<String> gather(List<Task> tasks) throws InterruptedException {
        Objects.requireNonNull(tasks, "tasks");
        return inRequestScope(() -> {
            try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
                return VirtualThreadsGather.all(tasks.stream().map(task -> executor.submit(carried(() -> lesson.task(task)))).toList());
            }
        });
    }

    @Override
    public PostAndComment http(URI baseUrl, String request) throws InterruptedException {
        return inRequestScope(() -> {
            try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
                Future<Post> post = executor.submit(carried(() -> answered(request, JsonPlaceholder.POST_1,
                        lesson.get(JsonPlaceholder.resolve(baseUrl, JsonPlaceholder.POST_1), Post.class))));
                Future<Comment> comment = executor.submit(carried(() -> answered(request, JsonPlaceholder.COMMENT_1,
                        lesson.get(JsonPlaceholder.resolve(baseUrl, JsonPlaceholder.COMMENT_1), Comment.class))));
                return new PostAndComment(VirtualThreadsGather.result(post), VirtualThreadsGather.result(comment));
            }
        });
    }

    private <T> T answered(String request, String path, T response) {
        context.say(RequestLog.answered(request, path));
        return response;
    }

    /** Runs the request's work with the id of the MDC bound to {@link #REQUEST_ID}, under a scoped value. */
    private <T> T inRequestScope(ScopedValue.CallableOp<T, InterruptedException> work) throws InterruptedException {
        return propagation == Propagation.SCOPED_VALUE
                ? ScopedValue.where(REQUEST_ID, MDC.get(RequestLog.KEY)).call(work)
                : work.call();
    }

    /** {@code work}, handed what the propagation carries from the thread calling this. */
    private <T> Callable<T> carried(Callable<T> work) {
        return switch (propagation) {
            case MDC_COPY -> MdcCarrier.carried(work);
            case SCOPED_VALUE -> {
                String id = REQUEST_ID.get();
                yield () -> ScopedValue.where(REQUEST_ID, id).call(work::call);
            }
            default -> work;
        };
    }

    /** Says {@code line} with the scoped id in the MDC, and the MDC as it was afterwards. */
    private static void sayWithScopedId(LessonContext context, String line) {
        String id = REQUEST_ID.isBound() ? REQUEST_ID.get() : null;
        String own = MDC.get(RequestLog.KEY);
        if (id == null || id.equals(own)) {
            context.say(line);
            return;
        }
        MDC.put(RequestLog.KEY, id);
        try {
            context.say(line);
        } finally {
            if (own == null) {
                MDC.remove(RequestLog.KEY);
            } else {
                MDC.put(RequestLog.KEY, own);
            }
        }
    }

    @Override
    public void close() {
        lesson.close();
    }
}
