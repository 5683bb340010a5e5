package dev.vtvsreactive.rxjava;

import dev.vtvsreactive.lesson.Lesson;
import dev.vtvsreactive.lesson.LessonContext;
import dev.vtvsreactive.lesson.Task;
import dev.vtvsreactive.lesson.http.Comment;
import dev.vtvsreactive.lesson.http.HttpFailure;
import dev.vtvsreactive.lesson.http.JdkHttp;
import dev.vtvsreactive.lesson.http.JsonPlaceholder;
import dev.vtvsreactive.lesson.http.Post;
import dev.vtvsreactive.lesson.http.PostAndComment;
import dev.vtvsreactive.lesson.load.LoadRecorder;
import dev.vtvsreactive.lesson.load.LoadSchedule;
import io.reactivex.rxjava3.core.Completable;
import io.reactivex.rxjava3.core.Flowable;
import io.reactivex.rxjava3.core.Scheduler;
import io.reactivex.rxjava3.core.Single;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * The lesson in RxJava 3: {@code asyncio.sleep} becomes {@link Single#timer}, a coroutine a cold
 * {@link Single} (nothing runs until it is subscribed, as a coroutine object does nothing until
 * awaited), and {@code gather} a {@link Single#zip} over every task. See {@code docs/operators.md}.
 *
 * <p>Timers run on the {@link Scheduler} given at construction ({@code Schedulers.computation()} in
 * production, a {@code TestScheduler} in tests). HTTP goes through the JDK {@link HttpClient}, the
 * transport RxJava leaves to the application.
 */
public final class RxJavaLesson implements AutoCloseable {

    private final LessonContext context;
    private final Scheduler scheduler;
    private final HttpClient client;

    public RxJavaLesson(LessonContext context, Scheduler scheduler) {
        this.context = Objects.requireNonNull(context, "context");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.client = JdkHttp.newClient(context.httpTimeouts());
    }

    /** {@code greet(name)}. */
    public Completable greet(String name) {
        Objects.requireNonNull(name, "name");
        return Completable.timer(nanos(Lesson.GREET_DELAY), TimeUnit.NANOSECONDS, scheduler)
                .doOnComplete(() -> context.say(Lesson.hello(name)));
    }

    /** {@code fetch_data()}. */
    public Single<Map<String, String>> fetchData() {
        return Single.timer(nanos(Lesson.FETCH_DELAY), TimeUnit.NANOSECONDS, scheduler)
                .doOnSubscribe(subscription -> context.say(Lesson.FETCHING))
                .doOnSuccess(tick -> context.say(Lesson.FETCHED))
                .map(tick -> Lesson.DATA);
    }

    /** {@code task(name, delay)}. */
    public Single<String> task(Task task) {
        return Single.timer(nanos(task.delay()), TimeUnit.NANOSECONDS, scheduler)
                .doOnSubscribe(subscription -> context.say(task.starting()))
                .doOnSuccess(tick -> context.say(task.finished()))
                .map(tick -> task.result());
    }

    /** {@code asyncio.gather(*tasks)}: {@link RxJavaGather#all}, a {@code Single.zip} over every task. */
    public Single<List<String>> gather(List<Task> tasks) {
        Objects.requireNonNull(tasks, "tasks");
        return RxJavaGather.all(tasks.stream().map(this::task).toList());
    }

    /** The HTTP example: {@code Single.zip} subscribes to both GETs at once. */
    public Single<PostAndComment> http(URI baseUrl) {
        return Single.zip(
                get(JsonPlaceholder.resolve(baseUrl, JsonPlaceholder.POST_1), Post.class),
                get(JsonPlaceholder.resolve(baseUrl, JsonPlaceholder.COMMENT_1), Comment.class),
                PostAndComment::new);
    }

    /**
     * Many GETs, at most {@code maxConcurrency} in flight, results in the order of {@code ids}:
     * {@code concatMapEager} takes the next id once the oldest GET in flight has ended, so a slow GET
     * holds the slots of those behind it. See {@code docs/operators.md}.
     */
    public Single<List<Post>> posts(URI baseUrl, List<Integer> ids, int maxConcurrency) {
        JsonPlaceholder.checkConcurrency(maxConcurrency);
        return Flowable.fromIterable(ids)
                .concatMapEager(id -> get(JsonPlaceholder.resolve(baseUrl, JsonPlaceholder.post(id)), Post.class)
                        .toFlowable(), maxConcurrency, 1)
                .toList();
    }

    /**
     * An open-loop load: {@code Flowable.interval} ticks when each GET is due, and
     * {@code flatMapMaybe}, unbounded by default, subscribes to the GET at once, whatever the earlier
     * ones are doing. A GET's failure is recorded and does not end the load.
     */
    public Completable openLoop(URI baseUrl, LoadSchedule schedule, LoadRecorder recorder) {
        return Flowable.defer(() -> {
            long start = System.nanoTime();
            return Flowable.interval(0, schedule.interval().toNanos(), TimeUnit.NANOSECONDS, scheduler)
                    .take(schedule.requests())
                    .flatMapMaybe(index -> {
                        long due = schedule.dueNanos(start, index);
                        return get(schedule.url(baseUrl, index), Post.class)
                                .doOnSuccess(post -> recorder.answered(index, due, post))
                                .doOnError(error -> recorder.failed(index, due, error))
                                .toMaybe()
                                .onErrorComplete();
                    });
        }).ignoreElements();
    }

    /** A cold GET: {@code defer} sends the request on subscription, not when the {@code Single} is made. */
    <T> Single<T> get(URI url, Class<T> type) {
        return Single.defer(() -> Single.fromCompletionStage(JdkHttp.sendAsync(client, url, type, context.httpTimeouts())))
                .onErrorResumeNext(error -> Single.error(HttpFailure.of(url, error)));
    }

    private long nanos(Duration lessonTime) {
        return context.scaled(lessonTime).toNanos();
    }

    @Override
    public void close() {
        client.close();
    }
}
