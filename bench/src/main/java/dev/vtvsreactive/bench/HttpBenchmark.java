package dev.vtvsreactive.bench;

import dev.vtvsreactive.lesson.http.PostAndComment;
import dev.vtvsreactive.stub.StubData;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Warmup;

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
 * <p>A warm-up of 8 s: at {@code latencyMs=10} the two GETs take 21–25 ms in a fork's first second
 * and fall until the client, the stub and the JIT have settled, within a few percent of a flat 12 ms
 * after 8 s and flat after 10–12 s on two cores, the stub in its own JVM or not. Then ten iterations of 400 ms (30 operations each): an operation's time varies with what
 * the stub, the client and JMH do on the same cores, and with ten iterations JMH's 99.9 % interval
 * takes Student's t of 4.8 times the standard error instead of 8.6 with five.
 */
@Warmup(iterations = 8, time = 1)
@Measurement(iterations = 10, time = 400, timeUnit = TimeUnit.MILLISECONDS)
public class HttpBenchmark extends BenchmarkSettings {

    /** What the lesson prints: post 1 and comment 1 as jsonplaceholder serves them. */
    static final PostAndComment EXPECTED = new PostAndComment(StubData.POST_1, StubData.COMMENT_1);

    /** Fetches post 1 and comment 1 and returns them, checked against the stub's data. */
    @Benchmark
    public PostAndComment http(HttpState http) {
        PostAndComment fetched = http.trial.check("http", EXPECTED, http.trial.model().http(http.baseUrl));
        http.expect("http", 2, 2);
        return fetched;
    }
}
