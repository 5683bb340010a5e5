package dev.vtvsreactive.bench;

import dev.vtvsreactive.lesson.LessonContext;
import dev.vtvsreactive.lesson.LessonModel;
import dev.vtvsreactive.lesson.LessonModels;
import dev.vtvsreactive.lesson.TimeScale;
import dev.vtvsreactive.stub.JsonPlaceholderStub;
import dev.vtvsreactive.stub.JsonPlaceholderStub.Stats;
import java.net.URI;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.Function;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The model of an HTTP scenario and the jsonplaceholder stub it talks to, both started once per
 * trial and closed after it.
 *
 * <p>The stub runs in a JVM of its own ({@link StubProcess}), so that the fork measures the client
 * alone: its CPU time and allocation per operation are the model's and its HTTP client's. The
 * two share the machine's CPUs unless {@value StubProcess#CPUS_PROPERTY} puts the stub on others.
 * Around each iteration, warm-up included, the stub's counts are reset and then checked, so that
 * a benchmark can reject a model that answers from a cache or ignores its concurrency bound
 * without a round trip to the stub inside the measured operation.
 */
@State(Scope.Benchmark)
public class HttpState {

    /** How far above a model's bound the stub's count of requests in flight may go; see {@link #checkServed}. */
    static final int IN_FLIGHT_SLACK = 2;

    /**
     * The four models, plus {@code reactor-jdk-http}: Reactor over the JDK {@code HttpClient} that
     * the other three use, which separates the cost of the Reactor model from that of reactor-netty.
     */
    @Param({"virtual-threads", "reactor", "reactor-jdk-http", "rxjava", "completable-future"})
    public String model;

    /** What the stub waits before answering each request: 0 exposes the models' own cost, 10 a network's. */
    @Param({"0", "10"})
    public long latencyMs;

    ModelTrial trial;
    URI baseUrl;
    private StubProcess stub;
    private String operation;
    private long expectedRequests;
    private int maxConcurrency;

    @Setup(Level.Trial)
    public void open() {
        openWith(context -> LessonModels.create(model, context));
    }

    /** Opens a model made by {@code factory} instead of the registered {@link #model}. */
    void openWith(Function<LessonContext, LessonModel> factory) {
        stub = StubProcess.start(Duration.ofMillis(latencyMs));
        baseUrl = stub.baseUrl();
        try {
            // The HTTP scenarios have no lesson delays to scale.
            trial = new ModelTrial(TimeScale.LESSON, factory);
        } catch (RuntimeException e) {
            stub.close();
            throw e;
        }
    }

    @TearDown(Level.Trial)
    public void close() {
        try {
            trial.close();
        } finally {
            stub.close();
        }
    }

    /**
     * Runs {@code operation} {@code times} on the stub's resources at no latency ({@link JsonPlaceholderStub#delayed}),
     * then forgets what the stub counted: at the stub's latency a fork does so few operations a
     * second that its JIT, the client's and the stub's, would take tens of seconds to settle.
     */
    void warmAtNoLatency(int times, Consumer<URI> operation) {
        URI prompt = JsonPlaceholderStub.delayed(baseUrl, Duration.ZERO);
        for (int i = 0; i < times; i++) {
            operation.accept(prompt);
        }
        stub.resetStats();
    }

    /** Starts counting the requests of an iteration. */
    @Setup(Level.Iteration)
    public void startCounting() {
        stub.resetStats();
        expectedRequests = 0;
    }

    /**
     * Counts one operation's GETs: {@code requests} of them, never more than {@code maxConcurrency}
     * in flight, for {@link #checkServed} to check at the end of the iteration.
     */
    void expect(String operation, int requests, int maxConcurrency) {
        this.operation = operation;
        this.expectedRequests += requests;
        this.maxConcurrency = maxConcurrency;
    }

    /**
     * Checks what the stub served during the iteration: at least every GET its operations
     * {@linkplain #expect expected} (none answered from a cache), and never more than their bound in
     * flight at once, within the slack the stub needs: it counts a request until its handler
     * returns, a little after the client has the response and may start the next one. With
     * latency, when requests overlap, a model that ignores its bound exceeds the slack by far.
     *
     * @throws WrongResultException naming the operation, the model and what the stub saw
     */
    @TearDown(Level.Iteration)
    public void checkServed() {
        if (expectedRequests == 0) {
            return;
        }
        String what = operation + " on " + trial.model().name();
        Stats served = stub.stats();
        if (served.requests() < expectedRequests) {
            throw new WrongResultException(what + ": expected " + expectedRequests + " GETs but the stub served " + served.requests());
        }
        if (served.maxInFlight() > IN_FLIGHT_SLACK * maxConcurrency) {
            throw new WrongResultException(what + ": the stub had " + served.maxInFlight() + " requests in flight at once, more than "
                    + IN_FLIGHT_SLACK + " times the bound of " + maxConcurrency);
        }
    }
}
