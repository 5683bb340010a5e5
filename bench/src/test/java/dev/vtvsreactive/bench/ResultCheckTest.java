package dev.vtvsreactive.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vtvsreactive.lesson.Lesson;
import dev.vtvsreactive.lesson.LessonContext;
import dev.vtvsreactive.lesson.LessonModel;
import dev.vtvsreactive.lesson.Task;
import dev.vtvsreactive.lesson.http.JdkHttp;
import dev.vtvsreactive.lesson.http.JsonPlaceholder;
import dev.vtvsreactive.lesson.http.Post;
import dev.vtvsreactive.lesson.http.PostAndComment;
import dev.vtvsreactive.stub.StubData;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every benchmark checks its own result: a model giving the lesson's answers passes, and each way
 * of giving a wrong one fails the operation with a {@link WrongResultException}, so a fast wrong
 * answer can never reach a report.
 */
@Timeout(60)
class ResultCheckTest {

    /** The benchmark operations, each run on a fresh state around the model a factory makes. */
    enum Operation {
        GREET("greet", factory -> onLesson(factory, new GreetBenchmark()::greet)),
        FETCH_DATA("fetchData", factory -> onLesson(factory, new FetchDataBenchmark()::fetchData)),
        GATHER("gather", factory -> onLesson(factory, new GatherBenchmark()::gather)),
        HTTP("http", factory -> onHttp(factory, new HttpBenchmark()::http)),
        THROUGHPUT("throughput", factory -> onHttp(factory, new HttpThroughputBenchmark()::throughput));

        private final String benchmark;
        private final Function<Function<LessonContext, LessonModel>, Object> run;

        Operation(String benchmark, Function<Function<LessonContext, LessonModel>, Object> run) {
            this.benchmark = benchmark;
            this.run = run;
        }

        @Override
        public String toString() {
            return benchmark;
        }

        Object runOn(Function<LessonContext, LessonModel> factory) {
            return run.apply(factory);
        }
    }

    @Test
    void rightAnswersPassEveryCheck() {
        assertThat(Operation.GREET.runOn(FakeModel::new)).isEqualTo("Hello, Alice!");
        assertThat(Operation.FETCH_DATA.runOn(FakeModel::new)).isEqualTo(Map.of("data", "Some important data"));
        assertThat(Operation.GATHER.runOn(FakeModel::new))
                .isEqualTo(List.of("Result from A", "Result from B", "Result from C"));
        assertThat(Operation.HTTP.runOn(FakeModel::new))
                .isEqualTo(new PostAndComment(StubData.POST_1, StubData.COMMENT_1));
        assertThat(Operation.THROUGHPUT.runOn(FakeModel::new)).asInstanceOf(InstanceOfAssertFactories.list(Post.class))
                .hasSize(Ideal.THROUGHPUT_REQUESTS)
                .startsWith(StubData.POST_1, StubData.post(2).orElseThrow())
                .endsWith(StubData.post(StubData.POSTS).orElseThrow());
    }

    static Stream<Arguments> wrongAnswers() {
        return Stream.of(
                wrong(Operation.GREET, "expected Hello, Alice! but got Hello, Bob!", context -> new FakeModel(context) {
                    @Override
                    public void greet(String name) {
                        context.say(Lesson.hello("Bob"));
                    }
                }),
                wrong(Operation.GREET, "expected Hello, Alice! but got null", context -> new FakeModel(context) {
                    @Override
                    public void greet(String name) {
                    }
                }),
                wrong(Operation.FETCH_DATA, "but got {data=Stale data}", context -> new FakeModel(context) {
                    @Override
                    public Map<String, String> fetchData() {
                        return Map.of("data", "Stale data");
                    }
                }),
                wrong(Operation.GATHER, "at index 0 expected Result from A but got Result from B",
                        context -> new FakeModel(context) {
                            @Override
                            public List<String> gather(List<Task> tasks) {
                                // Completion order, not the tasks' order.
                                return List.of("Result from B", "Result from C", "Result from A");
                            }
                        }),
                wrong(Operation.HTTP, "but got PostAndComment[post=Post[userId=1, id=2", context -> new FakeModel(context) {
                    @Override
                    public PostAndComment http(URI baseUrl) {
                        return new PostAndComment(get(baseUrl, JsonPlaceholder.post(2), Post.class), super.http(baseUrl).comment());
                    }
                }),
                wrong(Operation.HTTP, "expected 2 GETs but the stub served 0", context -> new FakeModel(context) {
                    @Override
                    public PostAndComment http(URI baseUrl) {
                        return HttpBenchmark.EXPECTED;
                    }
                }),
                wrong(Operation.THROUGHPUT, "at index 0 expected Post[userId=1, id=1", context -> new FakeModel(context) {
                    @Override
                    public List<Post> posts(URI baseUrl, List<Integer> ids, int maxConcurrency) {
                        return super.posts(baseUrl, ids, maxConcurrency).reversed();
                    }
                }),
                wrong(Operation.THROUGHPUT, "expected 1000 elements but got 999", context -> new FakeModel(context) {
                    @Override
                    public List<Post> posts(URI baseUrl, List<Integer> ids, int maxConcurrency) {
                        return super.posts(baseUrl, ids.subList(0, ids.size() - 1), maxConcurrency);
                    }
                }),
                wrong(Operation.THROUGHPUT, "expected 1000 GETs but the stub served 100", context -> new FakeModel(context) {
                    @Override
                    public List<Post> posts(URI baseUrl, List<Integer> ids, int maxConcurrency) {
                        // A cache: each distinct post fetched once.
                        Map<Integer, Post> fetched = ids.stream().distinct().collect(
                                Collectors.toMap(id -> id, id -> get(baseUrl, JsonPlaceholder.post(id), Post.class)));
                        return ids.stream().map(fetched::get).toList();
                    }
                }),
                wrong(Operation.THROUGHPUT, "more than 2 times the bound of 100", OverTheBound::new));
    }

    @ParameterizedTest(name = "{0} rejects: {1}")
    @MethodSource("wrongAnswers")
    void wrongAnswersFailTheOperation(Operation operation, String expectedMessage,
            Function<LessonContext, LessonModel> factory) {
        assertThatThrownBy(() -> operation.runOn(factory))
                .isInstanceOf(WrongResultException.class)
                .hasMessageStartingWith(operation + " on fake: ")
                .hasMessageContaining(expectedMessage);
    }

    /**
     * Gives the right posts, but first sends more requests at once than the bound allows, even with
     * the stub's slack: each asks the stub to hold it for a second, so that all are in flight together.
     */
    static final class OverTheBound extends FakeModel {

        private static final int REQUESTS = HttpState.IN_FLIGHT_SLACK * Ideal.THROUGHPUT_CONCURRENCY + 10;

        OverTheBound(LessonContext context) {
            super(context);
        }

        @Override
        public List<Post> posts(URI baseUrl, List<Integer> ids, int maxConcurrency) {
            try (HttpClient client = JdkHttp.newClient()) {
                URI slow = JsonPlaceholder.resolve(baseUrl, "posts/1?delay=1000");
                CompletableFuture.allOf(IntStream.range(0, REQUESTS)
                        .mapToObj(i -> JdkHttp.sendAsync(client, slow, Post.class))
                        .toArray(CompletableFuture[]::new)).join();
            }
            return super.posts(baseUrl, ids, maxConcurrency);
        }
    }

    private static Arguments wrong(Operation operation, String expectedMessage, Function<LessonContext, LessonModel> factory) {
        return Arguments.of(operation, expectedMessage, factory);
    }

    private static <T> T onLesson(Function<LessonContext, LessonModel> factory, Function<LessonState, T> operation) {
        LessonState state = new LessonState();
        state.scale = 0.01;
        state.openWith(factory);
        try {
            return operation.apply(state);
        } finally {
            state.close();
        }
    }

    private static <T> T onHttp(Function<LessonContext, LessonModel> factory, Function<HttpState, T> operation) {
        HttpState state = new HttpState();
        state.latencyMs = 0;
        state.openWith(factory);
        try {
            // One operation in an iteration, checked at its end as JMH does.
            state.startCounting();
            T result = operation.apply(state);
            state.checkServed();
            return result;
        } finally {
            state.close();
        }
    }
}
