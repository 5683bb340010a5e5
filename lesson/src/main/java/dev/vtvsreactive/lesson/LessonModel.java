package dev.vtvsreactive.lesson;

import dev.vtvsreactive.lesson.http.Post;
import dev.vtvsreactive.lesson.http.PostAndComment;
import dev.vtvsreactive.lesson.load.LoadRecorder;
import dev.vtvsreactive.lesson.load.LoadSchedule;
import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * The lesson's coroutines, as one concurrency model runs them, behind a blocking facade that the
 * CLI, the contract tests and the benchmarks share. Each model module also offers its idiomatic
 * API ({@code Mono}, {@code Single}, {@code CompletableFuture}, plain blocking calls on virtual
 * threads); its facade only adapts that API and waits, with a bound, for the result.
 *
 * <p>Every method says the lesson's lines to the context's {@link Narrator} as the work happens,
 * and fails with the model's error rather than hang: each wait is bounded by
 * {@link LessonContext#waitBound}.
 */
public interface LessonModel extends AutoCloseable {

    /** The model's name: {@code virtual-threads}, {@code reactor}, {@code rxjava} or {@code completable-future}. */
    String name();

    /** {@code greet(name)}: waits {@link Lesson#GREET_DELAY}, then says {@link Lesson#hello}. */
    void greet(String name);

    /** {@code fetch_data()}: says "Fetching data...", waits {@link Lesson#FETCH_DELAY}, says "Data fetched!". */
    Map<String, String> fetchData();

    /**
     * {@code asyncio.gather(*tasks)}: runs every task concurrently and returns their results in the
     * order of {@code tasks}, whatever order they finish in.
     */
    List<String> gather(List<Task> tasks);

    /**
     * The HTTP example: GETs {@code posts/1} and {@code comments/1} from {@code baseUrl}, both in
     * flight at once, and parses them.
     *
     * @throws dev.vtvsreactive.lesson.http.HttpFailure naming the URL and the cause
     */
    PostAndComment http(URI baseUrl);

    /**
     * Many GETs with bounded concurrency, in the model's own idiom: {@code posts/{id}} for every id
     * of {@code ids}, never more than {@code maxConcurrency} in flight, results in the order of
     * {@code ids}. (The lesson stops at two requests; this is what the same code meets at scale.)
     *
     * @throws IllegalArgumentException if {@code maxConcurrency} is not positive
     * @throws dev.vtvsreactive.lesson.http.HttpFailure for the first GET that fails
     */
    List<Post> posts(URI baseUrl, List<Integer> ids, int maxConcurrency);

    /**
     * An open-loop load: every GET of {@code schedule} sent when it is due, in the model's own idiom
     * (a virtual thread per GET, {@code Flux.interval}, {@code Flowable.interval}, a scheduled
     * executor), whatever the earlier GETs are doing; each reported to {@code recorder} as it ends.
     * Returns once every GET has ended. (The lesson sends two requests; this is what a server's
     * client meets at a given rate.)
     */
    void openLoop(URI baseUrl, LoadSchedule schedule, LoadRecorder recorder);

    /** Releases the model's clients, schedulers and threads. */
    @Override
    void close();
}
