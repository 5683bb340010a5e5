package dev.vtvsreactive.bench;

import dev.vtvsreactive.lesson.http.PostAndComment;
import dev.vtvsreactive.stub.StubData;
import java.net.URI;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * The lesson's {@code main_http_example()}: {@code GET /posts/1} and {@code GET /comments/1} from
 * the jsonplaceholder stub, both in flight at once, each parsed into its record.
 *
 * <p>Measures a model doing real I/O through its HTTP client: two requests over loopback, JSON
 * parsing and the join of the two results. The stub runs in a JVM of its own ({@link HttpState}),
 * so the fork's CPU time and allocation per operation are the client's alone. With
 * {@code latencyMs=0} the score is all overhead (client, event loop or threads, parsing, and the
 * stub's answer); with {@code latencyMs=10} the ideal is 10 ms ({@link Ideal#HTTP}), and a model
 * that sent the two GETs one after the other would take 20. Compare {@code reactor} with
 * {@code reactor-jdk-http} to tell the cost of the Reactor model from that of reactor-netty.
 *
 * <p>Warmed before JMH's warm-up with {@value #WARM_UP_OPERATIONS} operations at no latency, on the same
 * two resources ({@link HttpState#warmAtNoLatency}): at 10 ms an operation a fork does about 80 a
 * second, and its scores fell from 21–25 ms in the first second to 12 ms only after 10–12 s, the JIT
 * of the client (and of the stub, in its own JVM) settling, and were still falling at 16 s. Warmed so,
 * the first second of JMH's warm-up is already within a few percent of the measured ones, and two
 * are kept to show it. Then ten iterations of 400 ms (30 operations each): an operation's time varies with
 * what the stub, the client and JMH do on the same cores, and with ten iterations JMH's 99.9 %
 * interval takes Student's t of 4.8 times the standard error instead of 8.6 with five.
 */
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 10, time = 400, timeUnit = TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class HttpBenchmark extends BenchmarkSettings {

    /** What the lesson prints: post 1 and comment 1 as jsonplaceholder serves them. */
    static final PostAndComment EXPECTED = new PostAndComment(StubData.POST_1, StubData.COMMENT_1);

    /** Operations at no latency before JMH's warm-up. */
    static final int WARM_UP_OPERATIONS = 1_000;

    /** Warms the client and the stub at no latency, on the same two GETs, unless the run has no warm-up. */
    @Setup(Level.Trial)
    public void warmUp(HttpState http, BenchmarkParams run) {
        if (run.getWarmup().getCount() > 0) {
            http.warmAtNoLatency(WARM_UP_OPERATIONS, url -> fetch(http, url));
        }
    }

    /** Fetches post 1 and comment 1 and returns them, checked against the stub's data. */
    @Benchmark
    public PostAndComment http(HttpState http) {
        return fetch(http, http.baseUrl);
    }

    private static PostAndComment fetch(HttpState http, URI baseUrl) {
        PostAndComment fetched = http.trial.check("http", EXPECTED, http.trial.model().http(baseUrl));
        http.expect("http", 2, 2);
        return fetched;
    }
}
