package dev.vtvsreactive.bench;

import dev.vtvsreactive.lesson.Lesson;
import dev.vtvsreactive.lesson.LessonContext;
import dev.vtvsreactive.lesson.LessonModel;
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
import java.util.List;
import java.util.Map;

/**
 * A model that gives the lesson's right answers the simplest way: no waits, one GET at a time. The
 * result-check tests override one method at a time to make it give a wrong answer.
 */
class FakeModel implements LessonModel {

    protected final LessonContext context;
    private final HttpClient client = JdkHttp.newClient();

    FakeModel(LessonContext context) {
        this.context = context;
    }

    @Override
    public String name() {
        return "fake";
    }

    @Override
    public void greet(String name) {
        context.say(Lesson.hello(name));
    }

    @Override
    public Map<String, String> fetchData() {
        return Lesson.DATA;
    }

    @Override
    public List<String> gather(List<Task> tasks) {
        return tasks.stream().map(Task::result).toList();
    }

    @Override
    public PostAndComment http(URI baseUrl) {
        return new PostAndComment(get(baseUrl, JsonPlaceholder.POST_1, Post.class),
                get(baseUrl, JsonPlaceholder.COMMENT_1, Comment.class));
    }

    @Override
    public List<Post> posts(URI baseUrl, List<Integer> ids, int maxConcurrency) {
        return ids.stream().map(id -> get(baseUrl, JsonPlaceholder.post(id), Post.class)).toList();
    }

    /** Every GET of the schedule, one after the other, as soon as the previous has answered. */
    @Override
    public void openLoop(URI baseUrl, LoadSchedule schedule, LoadRecorder recorder) {
        long start = System.nanoTime();
        for (long index = 0; index < schedule.requests(); index++) {
            long due = schedule.dueNanos(start, index);
            try {
                recorder.answered(index, due, get(baseUrl, JsonPlaceholder.post(schedule.postId(index)), Post.class));
            } catch (RuntimeException e) {
                recorder.failed(index, due, e);
            }
        }
    }

    /** GETs {@code path} of {@code baseUrl}, parsed as {@code type}. */
    <T> T get(URI baseUrl, String path, Class<T> type) {
        try {
            return JdkHttp.send(client, JsonPlaceholder.resolve(baseUrl, path), type);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while getting " + path, e);
        }
    }

    @Override
    public void close() {
        client.close();
    }
}
