package dev.vtvsreactive.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vtvsreactive.contract.NoLeakedThreads;
import dev.vtvsreactive.lesson.Lesson;
import dev.vtvsreactive.lesson.LessonContext;
import dev.vtvsreactive.lesson.LessonModel;
import dev.vtvsreactive.lesson.LessonModels;
import dev.vtvsreactive.lesson.LessonRunner;
import dev.vtvsreactive.lesson.Narrator.Event;
import dev.vtvsreactive.lesson.Narrator;
import dev.vtvsreactive.lesson.Task;
import dev.vtvsreactive.lesson.TimeScale;
import dev.vtvsreactive.lesson.http.HttpFailure;
import dev.vtvsreactive.lesson.http.Post;
import dev.vtvsreactive.lesson.http.PostAndComment;
import dev.vtvsreactive.lesson.load.LoadRecorder;
import dev.vtvsreactive.lesson.load.LoadSchedule;
import dev.vtvsreactive.stub.JsonPlaceholderStub;
import dev.vtvsreactive.stub.StubData;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The behaviour every model is held to. Each model's test class extends this one and says only how
 * its {@link LessonModel} is made; a model passes when it behaves as the lesson's asyncio code does.
 *
 * <p>Timing is observed through the order of the lesson's events and through generous bounds
 * (total below the sum of the delays), never through a tight deadline.
 */
@ExtendWith(NoLeakedThreads.class)
@Timeout(60)
public abstract class LessonContractTest {

    /** 150 / 50 / 100 ms for gather's A / B / C: far enough apart that their order is certain. */
    protected static final TimeScale SCALE = new TimeScale(0.05);

    @RegisterExtension
    static final StubPerClass STUB = new StubPerClass();

    protected Narrator.Recording recording;
    protected LessonContext context;
    protected LessonModel model;

    /** Makes the model under test. */
    protected abstract LessonModel createModel(LessonContext context);

    @BeforeEach
    void createModel() {
        recording = Narrator.recording();
        context = new LessonContext(SCALE, recording.narrator());
        model = createModel(context);
    }

    @AfterEach
    void closeModel() {
        model.close();
    }

    @Test
    void isRegisteredUnderItsName() {
        assertThat(LessonModels.available()).contains(model.name());
        try (LessonModel found = LessonModels.create(model.name(), context)) {
            assertThat(found.getClass()).isEqualTo(model.getClass());
        }
    }

    @Test
    void greetSaysHelloAfterItsSleep() {
        model.greet("Alice");

        assertThat(recording.lines()).containsExactly("Hello, Alice!");
        assertThat(recording.events().getFirst().at()).isGreaterThanOrEqualTo(SCALE.of(Lesson.GREET_DELAY));
    }

    @Test
    void greetRejectsAMissingName() {
        assertThatNullPointerException().isThrownBy(() -> model.greet(null)).withMessageContaining("name");
    }

    @Test
    void mainSinglePrintsTheLessonsLines() {
        new LessonRunner(model, context).mainSingle();

        assertThat(recording.lines())
                .containsExactly("Running single coroutine...", "Hello, Alice!", "Single coroutine finished.");
    }

    @Test
    void fetchDataReturnsTheDataAfterTheSimulatedIo() {
        assertThat(model.fetchData()).isEqualTo(Lesson.DATA);

        List<Event> events = recording.events();
        assertThat(recording.lines()).containsExactly(Lesson.FETCHING, Lesson.FETCHED);
        assertThat(events.get(1).at().minus(events.get(0).at())).isGreaterThanOrEqualTo(SCALE.of(Lesson.FETCH_DELAY));
    }

    @Test
    void mainPrintsTheLessonsLines() {
        new LessonRunner(model, context).main();

        assertThat(recording.lines()).containsExactly(
                "Starting main...", "Fetching data...", "Data fetched!",
                "Received: {'data': 'Some important data'}", "Main finished.");
    }

    @Test
    void gatherReturnsResultsInInputOrder() {
        assertThat(model.gather(Lesson.GATHER_TASKS))
                .containsExactly("Result from A", "Result from B", "Result from C");
    }

    @Test
    void gatherStartsEveryTaskBeforeAnyFinishesAndFinishesThemInDelayOrder() {
        model.gather(Lesson.GATHER_TASKS);

        List<String> lines = recording.lines();
        assertThat(lines.subList(0, 3)).containsExactlyInAnyOrder(
                "Task A: Starting (delay=3s)", "Task B: Starting (delay=1s)", "Task C: Starting (delay=2s)");
        assertThat(lines.subList(3, 6)).containsExactly("Task B: Finished", "Task C: Finished", "Task A: Finished");
    }

    @Test
    void gatherTakesAboutTheLongestDelayNotTheSum() {
        model.gather(Lesson.GATHER_TASKS);

        List<Event> events = recording.events();
        Duration firstStartToLastFinish = events.getLast().at().minus(events.getFirst().at());
        Duration sum = SCALE.of(Duration.ofSeconds(3 + 1 + 2));
        assertThat(firstStartToLastFinish)
                .isGreaterThanOrEqualTo(SCALE.of(Lesson.longest(Lesson.GATHER_TASKS)))
                .isLessThan(sum);
    }

    @Test
    void gatherOfManyTasksRunsThemAllAtOnce() {
        // 1 s each at this scale: ample time to start all 500 before the first can finish, even on a busy machine.
        List<Task> tasks = IntStream.rangeClosed(1, 500)
                .mapToObj(i -> new Task("T" + i, Duration.ofSeconds(20)))
                .toList();

        List<String> results = model.gather(tasks);

        assertThat(results).containsExactlyElementsOf(tasks.stream().map(Task::result).toList());
        List<String> lines = recording.lines();
        assertThat(lines.subList(0, 500)).allMatch(line -> line.endsWith("Starting (delay=20s)"));
        assertThat(lines.subList(500, 1000)).allMatch(line -> line.endsWith(": Finished"));
    }

    @Test
    void gatherOfNoTasksReturnsAnEmptyList() {
        assertThat(model.gather(List.of())).isEmpty();
    }

    @Test
    void gatherRejectsAMissingList() {
        assertThatNullPointerException().isThrownBy(() -> model.gather(null)).withMessageContaining("tasks");
    }

    @Test
    void mainConcurrentPrintsTheLessonsLines() {
        new LessonRunner(model, context).mainConcurrent(Lesson.GATHER_TASKS);

        List<String> lines = recording.lines();
        assertThat(lines).hasSize(9);
        assertThat(lines.getFirst()).isEqualTo("Running concurrent tasks...");
        assertThat(lines.subList(4, 7)).containsExactly("Task B: Finished", "Task C: Finished", "Task A: Finished");
        assertThat(lines.get(7)).matches("All tasks finished in 0\\.\\d\\d seconds\\.");
        assertThat(lines.get(8)).isEqualTo("Results: ['Result from A', 'Result from B', 'Result from C']");
    }

    @Test
    void httpFetchesPostOneAndCommentOne() {
        assertThat(model.http(STUB.stub().baseUrl()))
                .isEqualTo(new PostAndComment(StubData.POST_1, StubData.COMMENT_1));
    }

    @Test
    void httpHasBothRequestsInFlightAtOnce() {
        try (JsonPlaceholderStub slow = JsonPlaceholderStub.start(0, Duration.ofMillis(300))) {
            model.http(slow.baseUrl());

            assertThat(slow.requests()).isEqualTo(2);
            assertThat(slow.maxInFlight()).as("requests in flight at once").isEqualTo(2);
        }
    }

    @Test
    void mainHttpExamplePrintsTheDictsAsPythonDoes() {
        new LessonRunner(model, context).mainHttpExample(STUB.stub().baseUrl());

        assertThat(recording.lines()).containsExactly(
                "--- Data from Post 1 ---",
                "{'userId': 1, 'id': 1, 'title': 'sunt aut facere repellat provident occaecati excepturi optio "
                        + "reprehenderit', 'body': 'quia et suscipit\\nsuscipit recusandae consequuntur expedita et "
                        + "cum\\nreprehenderit molestiae ut ut quas totam\\nnostrum rerum est autem sunt rem eveniet "
                        + "architecto'}",
                "",
                "--- Data from Comment 1 ---",
                "{'postId': 1, 'id': 1, 'name': 'id labore ex et quam laborum', 'email': 'Eliseo@gardner.biz', "
                        + "'body': 'laudantium enim quasi est quidem magnam voluptate ipsam eos\\ntempora quo "
                        + "necessitatibus\\ndolor quam autem quasi\\nreiciendis et nam sapiente accusantium'}");
    }

    @Test
    void postsReturnsEveryPostInTheOrderOfItsIds() {
        List<Integer> ids = List.of(3, 1, 100, 2, 50, 1);

        assertThat(model.posts(STUB.stub().baseUrl(), ids, 4))
                .containsExactlyElementsOf(ids.stream().map(id -> StubData.post(id).orElseThrow()).toList());
    }

    @Test
    void postsKeepsToItsConcurrencyBoundAndReachesIt() {
        try (JsonPlaceholderStub slow = JsonPlaceholderStub.start(0, Duration.ofMillis(50))) {
            List<Integer> ids = IntStream.rangeClosed(1, 40).boxed().toList();

            assertThat(model.posts(slow.baseUrl(), ids, 8)).hasSize(40);
            assertThat(slow.requests()).isEqualTo(40);
            assertThat(slow.maxInFlight()).as("requests in flight at once").isEqualTo(8);
        }
    }

    @Test
    void postsOfNoIdsIsEmpty() {
        assertThat(model.posts(STUB.stub().baseUrl(), List.of(), 10)).isEmpty();
    }

    @Test
    void postsRejectsAConcurrencyBelowOne() {
        assertThatThrownBy(() -> model.posts(STUB.stub().baseUrl(), List.of(1), 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxConcurrency");
    }

    @Test
    void postsFailsWithTheFailingGetNamed() {
        assertThatThrownBy(() -> model.posts(STUB.stub().baseUrl(), List.of(1, 999, 2), 2))
                .isInstanceOfSatisfying(HttpFailure.class,
                        failure -> assertThat(failure.kind()).isEqualTo(HttpFailure.Kind.STATUS))
                .hasMessageContaining("/posts/999")
                .hasMessageContaining("HTTP 404");
    }

    @Test
    void openLoopGetsEveryPostOfTheScheduleOnce() {
        LoadSchedule schedule = LoadSchedule.of(1_000, Duration.ofMillis(150));
        Ends ends = new Ends();

        model.openLoop(STUB.stub().baseUrl(), schedule, ends);

        assertThat(ends.failed).isEmpty();
        assertThat(ends.answered).hasSize(schedule.requests());
        ends.answered.forEach((index, post) ->
                assertThat(post).isEqualTo(StubData.post(schedule.postId(index)).orElseThrow()));
    }

    /**
     * A server that takes 400 ms to answer does not slow the schedule down: every GET of the 200 ms
     * schedule is sent before the first answer comes, where a closed loop would send one at a time.
     */
    @Test
    void openLoopKeepsSendingOnScheduleWhileTheServerStalls() {
        try (JsonPlaceholderStub slow = JsonPlaceholderStub.start(0, Duration.ofMillis(400))) {
            LoadSchedule schedule = LoadSchedule.of(100, Duration.ofMillis(200));
            Ends ends = new Ends();

            model.openLoop(slow.baseUrl(), schedule, ends);

            assertThat(ends.answered).hasSize(schedule.requests());
            assertThat(slow.maxInFlight()).as("requests in flight at once").isEqualTo(schedule.requests());
        }
    }

    @Test
    void openLoopRecordsAFailedGetAndGoesOn() {
        LoadSchedule schedule = LoadSchedule.of(1_000, Duration.ofMillis(20));
        Ends ends = new Ends();

        model.openLoop(STUB.stub().baseUrl().resolve("/fault/server-error/"), schedule, ends);

        assertThat(ends.answered).isEmpty();
        assertThat(ends.failed).hasSize(schedule.requests());
        assertThat(ends.failed.values()).allSatisfy(error -> assertThat(error)
                .isInstanceOfSatisfying(HttpFailure.class, failure -> assertThat(failure.kind()).isEqualTo(HttpFailure.Kind.STATUS)));
    }

    /** How each GET of an open loop ended, by its index; one GET ending twice fails the test. */
    private static final class Ends implements LoadRecorder {
        final Map<Long, Post> answered = new ConcurrentHashMap<>();
        final Map<Long, Throwable> failed = new ConcurrentHashMap<>();

        @Override
        public void answered(long index, long dueNanos, Post post) {
            if (answered.put(index, post) != null || failed.containsKey(index)) {
                throw new AssertionError("GET " + index + " ended twice");
            }
        }

        @Override
        public void failed(long index, long dueNanos, Throwable error) {
            if (failed.put(index, error) != null || answered.containsKey(index)) {
                throw new AssertionError("GET " + index + " ended twice");
            }
        }
    }

    @Test
    void httpReportsANotFoundResourceAsATypedErrorNamingTheUrl() {
        URI missing = STUB.stub().baseUrl().resolve("/nothing-here/");

        assertThatThrownBy(() -> model.http(missing))
                .isInstanceOfSatisfying(HttpFailure.class, failure -> {
                    assertThat(failure.kind()).isEqualTo(HttpFailure.Kind.STATUS);
                    assertThat(failure.url().toString()).startsWith(missing.toString());
                })
                .hasMessageContaining(missing.toString())
                .hasMessageContaining("HTTP 404");
    }

    @Test
    void httpReportsARefusedConnectionAsATypedErrorNamingTheUrl() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        URI nobodyListening = URI.create("http://127.0.0.1:" + closedPort + "/");

        assertThatThrownBy(() -> model.http(nobodyListening))
                .isInstanceOfSatisfying(HttpFailure.class,
                        failure -> assertThat(failure.kind()).isEqualTo(HttpFailure.Kind.CONNECTION_REFUSED))
                .hasMessageContaining("127.0.0.1:" + closedPort);
    }

    @Test
    void httpRejectsABaseUrlThatIsNotHttp() {
        assertThatThrownBy(() -> model.http(URI.create("ftp://127.0.0.1/")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ftp://127.0.0.1/");
    }
}
