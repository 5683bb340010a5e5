package dev.vtvsreactive.virtualthreads;

import dev.vtvsreactive.lesson.LessonContext;
import dev.vtvsreactive.lesson.failure.Job;
import dev.vtvsreactive.lesson.http.Comment;
import dev.vtvsreactive.lesson.http.JdkHttp;
import dev.vtvsreactive.lesson.http.JsonPlaceholder;
import dev.vtvsreactive.lesson.http.Post;
import dev.vtvsreactive.lesson.http.PostAndComment;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The failing scenarios of the stack-trace probe as plain blocking code on virtual threads: the
 * failure lesson's gather as it is, and the lesson's HTTP example with its two GETs sent to two
 * servers, so that one can fail. Each task runs on a virtual thread of its own, and a failure is
 * made on that thread's stack; the scenarios rethrow it as it is, unwrapped, as the lesson's
 * {@link VirtualThreadsGather} does.
 *
 * <p>Call these methods from a virtual thread.
 */
public final class VirtualThreadsStackTraces implements AutoCloseable {

    private final LessonContext context;
    private final VirtualThreadsFailures failures;
    private final HttpClient client;

    public VirtualThreadsStackTraces(LessonContext context) {
        this.context = Objects.requireNonNull(context, "context");
        this.failures = new VirtualThreadsFailures(context);
        this.client = JdkHttp.newClient(context.httpTimeouts());
    }

    /** {@code asyncio.gather(*jobs)}: {@link VirtualThreadsFailures#gather}, unchanged. */
    public List<String> gather(List<Job> jobs) throws InterruptedException {
        return failures.gather(jobs);
    }

    /** The HTTP example, {@code posts/1} from {@code postsBase}, {@code comments/1} from {@code commentsBase}: two blocking GETs, each on its own virtual thread. */
    public PostAndComment http(URI postsBase, URI commentsBase) throws InterruptedException {
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<Post> post = executor.submit(() -> JdkHttp.send(client,
                    JsonPlaceholder.resolve(postsBase, JsonPlaceholder.POST_1), Post.class, context.httpTimeouts()));
            Future<Comment> comment = executor.submit(() -> JdkHttp.send(client,
                    JsonPlaceholder.resolve(commentsBase, JsonPlaceholder.COMMENT_1), Comment.class, context.httpTimeouts()));
            return new PostAndComment(VirtualThreadsGather.result(post), VirtualThreadsGather.result(comment));
        }
    }

    /** Cancels the jobs {@link #gather} left running, waits for them to stop, and releases the HTTP client. */
    @Override
    public void close() {
        failures.close();
        client.close();
    }
}
