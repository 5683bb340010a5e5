package dev.vtvsreactive.bench;

import dev.vtvsreactive.lesson.LessonContext;
import dev.vtvsreactive.lesson.LessonModel;
import dev.vtvsreactive.lesson.LessonModels;
import dev.vtvsreactive.lesson.TimeScale;
import dev.vtvsreactive.stub.JsonPlaceholderStub;
import java.net.URI;
import java.time.Duration;
import java.util.function.Function;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The model of an HTTP scenario and the embedded jsonplaceholder stub it talks to, both started
 * once per trial and closed after it.
 *
 * <p>The stub runs in the benchmark's JVM, on virtual threads: its cost (and its allocation, in
 * {@code -prof gc}) is part of every row, the same for every model. It also counts what it serves,
 * so that a benchmark can reject a model that answers from a cache or ignores its concurrency bound.
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
    private JsonPlaceholderStub stub;

    @Setup(Level.Trial)
    public void open() {
        openWith(context -> LessonModels.create(model, context));
    }

    /** Opens a model made by {@code factory} instead of the registered {@link #model}. */
    void openWith(Function<LessonContext, LessonModel> factory) {
        stub = JsonPlaceholderStub.start(0, Duration.ofMillis(latencyMs));
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

    /** Starts counting the requests of one operation. */
    void startCounting() {
        stub.resetStats();
    }

    /**
     * Checks what the stub served since {@link #startCounting}: at least {@code requests} GETs (none
     * answered from a cache), and never more than {@code maxConcurrency} in flight at once, within
     * the slack the stub needs: it counts a request until its handler returns, a little after the
     * client has the response and may start the next one. With latency, when requests overlap, a
     * model that ignores its bound exceeds the slack by far.
     *
     * @throws WrongResultException naming the operation, the model and what the stub saw
     */
    void checkServed(String operation, int requests, int maxConcurrency) {
        String what = operation + " on " + trial.model().name();
        long served = stub.requests();
        if (served < requests) {
            throw new WrongResultException(what + ": expected " + requests + " GETs but the stub served " + served);
        }
        int maxInFlight = stub.maxInFlight();
        if (maxInFlight > IN_FLIGHT_SLACK * maxConcurrency) {
            throw new WrongResultException(what + ": the stub had " + maxInFlight + " requests in flight at once, more than "
                    + IN_FLIGHT_SLACK + " times the bound of " + maxConcurrency);
        }
    }
}
