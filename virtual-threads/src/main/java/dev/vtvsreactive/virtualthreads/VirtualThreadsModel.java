package dev.vtvsreactive.virtualthreads;

import dev.vtvsreactive.lesson.BoundedLessonModel;
import dev.vtvsreactive.lesson.LessonContext;
import dev.vtvsreactive.lesson.Model;
import dev.vtvsreactive.lesson.Task;
import dev.vtvsreactive.lesson.http.Post;
import dev.vtvsreactive.lesson.http.PostAndComment;
import dev.vtvsreactive.lesson.load.LoadRecorder;
import dev.vtvsreactive.lesson.load.LoadSchedule;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The blocking facade over {@link VirtualThreadsLesson}: each call runs on a virtual thread of its
 * own, as a request would in a server, and a wait that times out interrupts it.
 */
public final class VirtualThreadsModel extends BoundedLessonModel {

    public static final String NAME = Model.VIRTUAL_THREADS.key();

    private final VirtualThreadsLesson lesson;
    private final ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor();

    public VirtualThreadsModel(LessonContext context) {
        super(NAME, context);
        this.lesson = new VirtualThreadsLesson(context);
    }

    @Override
    protected Future<?> startGreet(String name) {
        return callers.submit(() -> {
            lesson.greet(name);
            return null;
        });
    }

    @Override
    protected Future<Map<String, String>> startFetchData() {
        return callers.submit(lesson::fetchData);
    }

    @Override
    protected Future<List<String>> startGather(List<Task> tasks) {
        return callers.submit(() -> lesson.gather(tasks));
    }

    @Override
    protected Future<PostAndComment> startHttp(URI baseUrl) {
        return callers.submit(() -> lesson.http(baseUrl));
    }

    @Override
    protected Future<List<Post>> startPosts(URI baseUrl, List<Integer> ids, int maxConcurrency) {
        return callers.submit(() -> lesson.posts(baseUrl, ids, maxConcurrency));
    }

    @Override
    protected Future<?> startOpenLoop(URI baseUrl, LoadSchedule schedule, LoadRecorder recorder) {
        return callers.submit(() -> {
            lesson.openLoop(baseUrl, schedule, recorder);
            return null;
        });
    }

    @Override
    public void close() {
        callers.close();
        lesson.close();
    }
}
