package dev.vtvsreactive.reactor;

import dev.vtvsreactive.lesson.Lesson;
import dev.vtvsreactive.lesson.LessonContext;
import dev.vtvsreactive.lesson.Task;
import dev.vtvsreactive.lesson.http.Comment;
import dev.vtvsreactive.lesson.http.JsonPlaceholder;
import dev.vtvsreactive.lesson.http.Post;
import dev.vtvsreactive.lesson.http.PostAndComment;
import dev.vtvsreactive.lesson.load.LoadRecorder;
import dev.vtvsreactive.lesson.load.LoadSchedule;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The lesson in Project Reactor: {@code asyncio.sleep} becomes {@link Mono#delay} (a timer on
 * {@code Schedulers.parallel()}, no thread held), a coroutine a cold {@link Mono} (nothing runs
 * until subscribed, as a coroutine object does nothing until awaited), and {@code gather} a
 * {@link Mono#zip} over every task. See {@code docs/operators.md}.
 */
public final class ReactorLesson implements AutoCloseable {

    private final LessonContext context;
    private final ReactorHttp http;

    /** @param http how GETs are made: {@link ReactorHttp#netty()}, Reactor's own stack, or the JDK variant */
    public ReactorLesson(LessonContext context, ReactorHttp http) {
        this.context = Objects.requireNonNull(context, "context");
        this.http = Objects.requireNonNull(http, "http");
    }

    /** {@code greet(name)}. */
    public Mono<Void> greet(String name) {
        Objects.requireNonNull(name, "name");
        return Mono.delay(context.scaled(Lesson.GREET_DELAY))
                .doOnNext(tick -> context.say(Lesson.hello(name)))
                .then();
    }

    /** {@code fetch_data()}. */
    public Mono<Map<String, String>> fetchData() {
        return Mono.delay(context.scaled(Lesson.FETCH_DELAY))
                .doOnSubscribe(subscription -> context.say(Lesson.FETCHING))
                .doOnNext(tick -> context.say(Lesson.FETCHED))
                .thenReturn(Lesson.DATA);
    }

    /** {@code task(name, delay)}. */
    public Mono<String> task(Task task) {
        return Mono.delay(context.scaled(task.delay()))
                .doOnSubscribe(subscription -> context.say(task.starting()))
                .doOnNext(tick -> context.say(task.finished()))
                .thenReturn(task.result());
    }

    /** {@code asyncio.gather(*tasks)}: {@link ReactorGather#all}, a {@code Mono.zip} over every task. */
    public Mono<List<String>> gather(List<Task> tasks) {
        Objects.requireNonNull(tasks, "tasks");
        return ReactorGather.all(tasks.stream().map(this::task).toList());
    }

    /** The HTTP example: {@code Mono.zip} subscribes to both GETs at once. */
    public Mono<PostAndComment> http(URI baseUrl) {
        return Mono.zip(
                http.get(JsonPlaceholder.resolve(baseUrl, JsonPlaceholder.POST_1), Post.class),
                http.get(JsonPlaceholder.resolve(baseUrl, JsonPlaceholder.COMMENT_1), Comment.class),
                PostAndComment::new);
    }

    /**
     * Many GETs, at most {@code maxConcurrency} in flight, results in the order of {@code ids}:
     * {@code flatMapSequential} takes the next id once the oldest GET in flight has ended, so a slow GET
     * holds the slots of those behind it. See {@code docs/operators.md}.
     */
    public Mono<List<Post>> posts(URI baseUrl, List<Integer> ids, int maxConcurrency) {
        JsonPlaceholder.checkConcurrency(maxConcurrency);
        return Flux.fromIterable(ids)
                .flatMapSequential(id -> http.get(JsonPlaceholder.resolve(baseUrl, JsonPlaceholder.post(id)), Post.class),
                        maxConcurrency)
                .collectList();
    }

    /**
     * An open-loop load: {@code Flux.interval} ticks when each GET is due, and {@code flatMap} with
     * no bound on its concurrency subscribes to the GET at once, whatever the earlier ones are doing.
     * A GET's failure is recorded and does not end the load.
     */
    public Mono<Void> openLoop(URI baseUrl, LoadSchedule schedule, LoadRecorder recorder) {
        return Mono.defer(() -> {
            long start = System.nanoTime();
            return Flux.interval(Duration.ZERO, schedule.interval())
                    .take(schedule.requests())
                    .flatMap(index -> {
                        long due = schedule.dueNanos(start, index);
                        return http.get(schedule.url(baseUrl, index), Post.class)
                                .doOnNext(post -> recorder.answered(index, due, post))
                                .doOnError(error -> recorder.failed(index, due, error))
                                .onErrorComplete();
                    }, Integer.MAX_VALUE)
                    .then();
        });
    }

    @Override
    public void close() {
        http.close();
    }
}
