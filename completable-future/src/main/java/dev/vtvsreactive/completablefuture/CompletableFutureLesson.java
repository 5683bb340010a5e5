package dev.vtvsreactive.completablefuture;

import dev.vtvsreactive.lesson.Lesson;
import dev.vtvsreactive.lesson.LessonContext;
import dev.vtvsreactive.lesson.Task;
import dev.vtvsreactive.lesson.http.Comment;
import dev.vtvsreactive.lesson.http.JdkHttp;
import dev.vtvsreactive.lesson.http.JsonPlaceholder;
import dev.vtvsreactive.lesson.http.Post;
import dev.vtvsreactive.lesson.http.PostAndComment;
import dev.vtvsreactive.lesson.load.LoadRecorder;
import dev.vtvsreactive.lesson.load.LoadSchedule;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * The lesson composed with the JDK's {@link CompletableFuture}: {@code asyncio.sleep} becomes a
 * {@linkplain CompletableFuture#delayedExecutor delayed executor}, {@code await} a
 * {@code thenApply}/{@code thenCompose} stage, and {@code gather} {@link CompletableFuture#allOf}.
 * Unlike a coroutine, a {@code CompletableFuture} is eager: the work starts when the method is
 * called, not when someone waits for it. See {@code docs/operators.md}.
 */
public final class CompletableFutureLesson implements AutoCloseable {

    /**
     * Where an async stage given no executor runs: the common pool, or a thread per stage where the
     * common pool has a single thread (as on two cores).
     */
    static final Executor ASYNC_POOL = new CompletableFuture<Void>().defaultExecutor();

    private final LessonContext context;
    private final HttpClient client;

    public CompletableFutureLesson(LessonContext context) {
        this.context = Objects.requireNonNull(context, "context");
        this.client = JdkHttp.newClient(context.httpTimeouts());
    }

    /** {@code greet(name)}: says hello once the delay has passed, with no thread held meanwhile. */
    public CompletableFuture<Void> greet(String name) {
        Objects.requireNonNull(name, "name");
        return CompletableFuture.runAsync(() -> context.say(Lesson.hello(name)), after(Lesson.GREET_DELAY));
    }

    /** {@code fetch_data()}. */
    public CompletableFuture<Map<String, String>> fetchData() {
        context.say(Lesson.FETCHING);
        return CompletableFuture.supplyAsync(() -> {
            context.say(Lesson.FETCHED);
            return Lesson.DATA;
        }, after(Lesson.FETCH_DELAY));
    }

    /** {@code task(name, delay)}. */
    public CompletableFuture<String> task(Task task) {
        return task(task, ASYNC_POOL);
    }

    /** {@code task(name, delay)}, finished by {@code executor} once the delay has passed. */
    CompletableFuture<String> task(Task task, Executor executor) {
        context.say(task.starting());
        return CompletableFuture.supplyAsync(() -> {
            context.say(task.finished());
            return task.result();
        }, after(task.delay(), executor));
    }

    /** {@code asyncio.gather(*tasks)}: every task started at once, then {@link CompletableFutureGather#all}. */
    public CompletableFuture<List<String>> gather(List<Task> tasks) {
        return gather(tasks, ASYNC_POOL);
    }

    /** {@code asyncio.gather(*tasks)}, each task finished by {@code executor}. */
    CompletableFuture<List<String>> gather(List<Task> tasks, Executor executor) {
        Objects.requireNonNull(tasks, "tasks");
        return CompletableFutureGather.all(tasks.stream().map(task -> task(task, executor)).toList());
    }

    /** The HTTP example: both GETs sent at once, combined when both have answered. */
    public CompletableFuture<PostAndComment> http(URI baseUrl) {
        CompletableFuture<Post> post = get(JsonPlaceholder.resolve(baseUrl, JsonPlaceholder.POST_1), Post.class);
        CompletableFuture<Comment> comment = get(JsonPlaceholder.resolve(baseUrl, JsonPlaceholder.COMMENT_1), Comment.class);
        return post.thenCombine(comment, PostAndComment::new);
    }

    /**
     * Many GETs, at most {@code maxConcurrency} in flight, results in the order of {@code ids}.
     * {@code CompletableFuture} has no operator for bounded concurrency: that many chains share a
     * cursor over {@code ids}, each sending the next GET when its own has answered, so a slow GET
     * holds only its own slot. The first failure moves the cursor past the end: no chain sends another.
     */
    public CompletableFuture<List<Post>> posts(URI baseUrl, List<Integer> ids, int maxConcurrency) {
        int chains = Math.min(JsonPlaceholder.checkConcurrency(maxConcurrency), ids.size());
        Post[] posts = new Post[ids.size()];
        AtomicInteger cursor = new AtomicInteger();
        List<CompletableFuture<Void>> running =
                Stream.generate(() -> getFrom(cursor, baseUrl, ids, posts)).limit(chains).toList();
        return CompletableFuture.allOf(running.toArray(CompletableFuture[]::new))
                .thenApply(done -> Arrays.asList(posts));
    }

    /** GETs the post at the cursor into its place in {@code posts}, then the next, until the cursor has passed the last id. */
    private CompletableFuture<Void> getFrom(AtomicInteger cursor, URI baseUrl, List<Integer> ids, Post[] posts) {
        int index = cursor.getAndIncrement();
        if (index >= ids.size()) {
            return CompletableFuture.completedFuture(null);
        }
        return get(JsonPlaceholder.resolve(baseUrl, JsonPlaceholder.post(ids.get(index))), Post.class)
                .whenComplete((post, error) -> {
                    if (error != null) {
                        cursor.set(ids.size());
                    }
                })
                .thenCompose(post -> {
                    posts[index] = post;
                    return getFrom(cursor, baseUrl, ids, posts);
                });
    }

    /**
     * An open-loop load: a scheduled executor's fixed-rate tick sends each GET with
     * {@code sendAsync} when it is due, whatever the earlier ones are doing; a tick that runs late
     * is followed at once by those it held up. Completes when every GET has ended; cancelled, it
     * stops the ticks.
     */
    public CompletableFuture<Void> openLoop(URI baseUrl, LoadSchedule schedule, LoadRecorder recorder) {
        ScheduledExecutorService ticks = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("open-loop-ticks").daemon().factory());
        CompletableFuture<Void> done = new CompletableFuture<>();
        done.whenComplete((ignored, error) -> ticks.shutdownNow());
        AtomicInteger sent = new AtomicInteger();
        AtomicInteger ended = new AtomicInteger();
        long start = System.nanoTime();
        ticks.scheduleAtFixedRate(() -> {
            int index = sent.getAndIncrement();
            if (index == schedule.requests() - 1) {
                ticks.shutdown(); // the last tick: a periodic task does not outlive its executor's shutdown
            }
            long due = schedule.dueNanos(start, index);
            get(schedule.url(baseUrl, index), Post.class).whenComplete((post, error) -> {
                if (error == null) {
                    recorder.answered(index, due, post);
                } else {
                    recorder.failed(index, due, error instanceof CompletionException ? error.getCause() : error);
                }
                if (ended.incrementAndGet() == schedule.requests()) {
                    done.complete(null);
                }
            });
        }, 0, schedule.interval().toNanos(), TimeUnit.NANOSECONDS);
        return done;
    }

    <T> CompletableFuture<T> get(URI url, Class<T> type) {
        return JdkHttp.sendAsync(client, url, type, context.httpTimeouts());
    }

    private Executor after(Duration lessonTime) {
        return after(lessonTime, ASYNC_POOL);
    }

    private Executor after(Duration lessonTime, Executor executor) {
        return CompletableFuture.delayedExecutor(context.scaled(lessonTime).toNanos(), TimeUnit.NANOSECONDS, executor);
    }

    @Override
    public void close() {
        client.close();
    }
}
