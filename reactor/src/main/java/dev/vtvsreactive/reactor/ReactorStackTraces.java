package dev.vtvsreactive.reactor;

import dev.vtvsreactive.lesson.LessonContext;
import dev.vtvsreactive.lesson.failure.Job;
import dev.vtvsreactive.lesson.http.Comment;
import dev.vtvsreactive.lesson.http.JsonPlaceholder;
import dev.vtvsreactive.lesson.http.Post;
import dev.vtvsreactive.lesson.http.PostAndComment;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import reactor.core.publisher.Mono;

/**
 * The failing scenarios of the stack-trace probe in Project Reactor: the failure lesson's gather as
 * it is, and the lesson's HTTP example with its two GETs sent to two servers, so that one can fail.
 * Both are cold: nothing runs until subscribed, and the method that assembles the chain has
 * returned by then, which is why a trace rarely names it.
 */
public final class ReactorStackTraces implements AutoCloseable {

    private final ReactorFailures failures;
    private final ReactorHttp http;

    public ReactorStackTraces(LessonContext context) {
        Objects.requireNonNull(context, "context");
        this.failures = new ReactorFailures(context);
        this.http = ReactorHttp.netty(context.httpTimeouts());
    }

    /** {@code asyncio.gather(*jobs)}: {@link ReactorFailures#gather}, unchanged. */
    public Mono<List<String>> gather(List<Job> jobs) {
        return failures.gather(jobs);
    }

    /** The HTTP example, {@code posts/1} from {@code postsBase}, {@code comments/1} from {@code commentsBase}: {@code Mono.zip} subscribes to both at once. */
    public Mono<PostAndComment> http(URI postsBase, URI commentsBase) {
        return Mono.zip(
                http.get(JsonPlaceholder.resolve(postsBase, JsonPlaceholder.POST_1), Post.class),
                http.get(JsonPlaceholder.resolve(commentsBase, JsonPlaceholder.COMMENT_1), Comment.class),
                PostAndComment::new);
    }

    /** Cancels the jobs {@link #gather} left running and releases the HTTP client. */
    @Override
    public void close() {
        failures.close();
        http.close();
    }
}
