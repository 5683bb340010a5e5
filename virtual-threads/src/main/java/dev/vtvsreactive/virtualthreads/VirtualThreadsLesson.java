package dev.vtvsreactive.virtualthreads;

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
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

/**
 * The lesson as plain blocking code, meant to run on virtual threads: {@code await} becomes an
 * ordinary call, {@code asyncio.sleep} a {@link Thread#sleep}, and {@code gather} a virtual thread
 * per task. A blocked virtual thread parks and frees its carrier, which is what makes this code
 * as scalable as the event loop's, without the colouring of {@code async}.
 *
 * <p>Call these methods from a virtual thread; {@link VirtualThreadsModel} does.
 */
public final class VirtualThreadsLesson implements AutoCloseable {

    private final LessonContext context;
    private final HttpClient client;

    public VirtualThreadsLesson(LessonContext context) {
        this.context = Objects.requireNonNull(context, "context");
        this.client = JdkHttp.newClient(context.httpTimeouts());
    }

    /** {@code greet(name)}: sleeps, then says hello. */
    public void greet(String name) throws InterruptedException {
        Objects.requireNonNull(name, "name");
        Thread.sleep(context.scaled(Lesson.GREET_DELAY));
        context.say(Lesson.hello(name));
    }

    /** {@code fetch_data()}: the simulated I/O is a sleep that parks only this virtual thread. */
    public Map<String, String> fetchData() throws InterruptedException {
        context.say(Lesson.FETCHING);
        Thread.sleep(context.scaled(Lesson.FETCH_DELAY));
        context.say(Lesson.FETCHED);
        return Lesson.DATA;
    }

    /** {@code task(name, delay)}. */
    public String task(Task task) throws InterruptedException {
        context.say(task.starting());
        Thread.sleep(context.scaled(task.delay()));
        context.say(task.finished());
        return task.result();
    }

    /**
     * {@code asyncio.gather(*tasks)}: one virtual thread per task, then {@link VirtualThreadsGather#all}.
     * The executor's {@code close} waits for every task, so none outlives the call.
     */
    public List<String> gather(List<Task> tasks) throws InterruptedException {
        Objects.requireNonNull(tasks, "tasks");
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            return VirtualThreadsGather.all(tasks.stream().map(task -> executor.submit(() -> task(task))).toList());
        }
    }

    /** The HTTP example: two blocking GETs, each on its own virtual thread. */
    public PostAndComment http(URI baseUrl) throws InterruptedException {
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<Post> post = executor.submit(() -> get(JsonPlaceholder.resolve(baseUrl, JsonPlaceholder.POST_1), Post.class));
            Future<Comment> comment = executor.submit(() -> get(JsonPlaceholder.resolve(baseUrl, JsonPlaceholder.COMMENT_1), Comment.class));
            return new PostAndComment(VirtualThreadsGather.result(post), VirtualThreadsGather.result(comment));
        }
    }

    /** Many GETs, a virtual thread each, a {@link Semaphore} keeping at most {@code maxConcurrency} in flight. */
    public List<Post> posts(URI baseUrl, List<Integer> ids, int maxConcurrency) throws InterruptedException {
        Semaphore permits = new Semaphore(JsonPlaceholder.checkConcurrency(maxConcurrency));
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            return VirtualThreadsGather.all(ids.stream().map(id -> executor.submit(() -> {
                permits.acquire();
                try {
                    return get(JsonPlaceholder.resolve(baseUrl, JsonPlaceholder.post(id)), Post.class);
                } finally {
                    permits.release();
                }
            })).toList());
        }
    }

    /**
     * An open-loop load: this thread sleeps until each GET is due and starts a virtual thread for
     * it, whatever the earlier ones are doing; one that oversleeps starts the GETs it is late for at once.
     */
    public void openLoop(URI baseUrl, LoadSchedule schedule, LoadRecorder recorder) throws InterruptedException {
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            long start = System.nanoTime();
            for (long index = 0; index < schedule.requests(); index++) {
                long due = schedule.dueNanos(start, index);
                long early = due - System.nanoTime();
                if (early > 0) {
                    Thread.sleep(Duration.ofNanos(early));
                }
                long request = index;
                executor.submit(() -> {
                    try {
                        recorder.answered(request, due, get(schedule.url(baseUrl, request), Post.class));
                    } catch (Exception e) {
                        recorder.failed(request, due, e);
                    }
                });
            }
        }
    }

    <T> T get(URI url, Class<T> type) throws InterruptedException {
        return JdkHttp.send(client, url, type, context.httpTimeouts());
    }

    @Override
    public void close() {
        client.close();
    }
}
