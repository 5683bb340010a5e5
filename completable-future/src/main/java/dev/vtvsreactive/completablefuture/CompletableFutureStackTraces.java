package dev.vtvsreactive.completablefuture;

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
import java.util.concurrent.CompletableFuture;

/**
 * The failing scenarios of the stack-trace probe composed with {@link CompletableFuture}: the
 * failure lesson's gather as it is, and the lesson's HTTP example with its two GETs sent to two
 * servers, so that one can fail. Both are eager: the work starts in the call, then goes on in
 * callbacks on other threads, whose stacks are what a failure records.
 */
public final class CompletableFutureStackTraces implements AutoCloseable {

    private final LessonContext context;
    private final CompletableFutureFailures failures;
    private final HttpClient client;

    public CompletableFutureStackTraces(LessonContext context) {
        this.context = Objects.requireNonNull(context, "context");
        this.failures = new CompletableFutureFailures(context);
        this.client = JdkHttp.newClient(context.httpTimeouts());
    }

    /** {@code asyncio.gather(*jobs)}: {@link CompletableFutureFailures#gather}, unchanged. */
    public CompletableFuture<List<String>> gather(List<Job> jobs) {
        return failures.gather(jobs);
    }

    /** The HTTP example, {@code posts/1} from {@code postsBase}, {@code comments/1} from {@code commentsBase}: both sent at once, combined when both have answered. */
    public CompletableFuture<PostAndComment> http(URI postsBase, URI commentsBase) {
        CompletableFuture<Post> post = JdkHttp.sendAsync(client, JsonPlaceholder.resolve(postsBase, JsonPlaceholder.POST_1),
                Post.class, context.httpTimeouts());
        CompletableFuture<Comment> comment = JdkHttp.sendAsync(client,
                JsonPlaceholder.resolve(commentsBase, JsonPlaceholder.COMMENT_1), Comment.class, context.httpTimeouts());
        return post.thenCombine(comment, PostAndComment::new);
    }

    /** Cancels the jobs {@link #gather} left running and releases the HTTP client. */
    @Override
    public void close() {
        failures.close();
        client.close();
    }
}
