package dev.vtvsreactive.rxjava;

import dev.vtvsreactive.lesson.LessonContext;
import dev.vtvsreactive.lesson.failure.Job;
import dev.vtvsreactive.lesson.http.Comment;
import dev.vtvsreactive.lesson.http.HttpFailure;
import dev.vtvsreactive.lesson.http.JdkHttp;
import dev.vtvsreactive.lesson.http.JsonPlaceholder;
import dev.vtvsreactive.lesson.http.Post;
import dev.vtvsreactive.lesson.http.PostAndComment;
import io.reactivex.rxjava3.core.Single;
import io.reactivex.rxjava3.schedulers.Schedulers;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.List;
import java.util.Objects;

/**
 * The failing scenarios of the stack-trace probe in RxJava 3: the failure lesson's gather as it is,
 * and the lesson's HTTP example with its two GETs sent to two servers, so that one can fail. Both
 * are cold: nothing runs until subscribed, and the method that assembles the chain has returned by
 * then, which is why a trace rarely names it.
 */
public final class RxJavaStackTraces implements AutoCloseable {

    private final LessonContext context;
    private final RxJavaFailures failures;
    private final HttpClient client;

    public RxJavaStackTraces(LessonContext context) {
        this.context = Objects.requireNonNull(context, "context");
        this.failures = new RxJavaFailures(context, Schedulers.computation());
        this.client = JdkHttp.newClient(context.httpTimeouts());
    }

    /** {@code asyncio.gather(*jobs)}: {@link RxJavaFailures#gather}, unchanged. */
    public Single<List<String>> gather(List<Job> jobs) {
        return failures.gather(jobs);
    }

    /** The HTTP example, {@code posts/1} from {@code postsBase}, {@code comments/1} from {@code commentsBase}: {@code Single.zip} subscribes to both at once. */
    public Single<PostAndComment> http(URI postsBase, URI commentsBase) {
        return Single.zip(
                get(JsonPlaceholder.resolve(postsBase, JsonPlaceholder.POST_1), Post.class),
                get(JsonPlaceholder.resolve(commentsBase, JsonPlaceholder.COMMENT_1), Comment.class),
                PostAndComment::new);
    }

    /** A cold GET, as {@link RxJavaLesson}'s: sent on subscription, its {@code CompletionException} unwrapped. */
    private <T> Single<T> get(URI url, Class<T> type) {
        return Single.defer(() -> Single.fromCompletionStage(JdkHttp.sendAsync(client, url, type, context.httpTimeouts())))
                .onErrorResumeNext(error -> Single.error(HttpFailure.of(url, error)));
    }

    /** Cancels the jobs {@link #gather} left running and releases the HTTP client. */
    @Override
    public void close() {
        failures.close();
        client.close();
    }
}
