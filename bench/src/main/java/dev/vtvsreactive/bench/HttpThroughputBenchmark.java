package dev.vtvsreactive.bench;

import dev.vtvsreactive.lesson.http.Post;
import dev.vtvsreactive.stub.StubData;
import java.util.List;
import java.util.stream.IntStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the lesson's HTTP example meets at scale: {@value Ideal#THROUGHPUT_REQUESTS} GETs of posts,
 * never more than {@value Ideal#THROUGHPUT_CONCURRENCY} in flight, results in request order.
 *
 * <p>Each model bounds its concurrency in its own idiom (a semaphore around virtual threads,
 * {@code Flux.flatMap} or {@code Flowable.flatMapSingle} with a concurrency of 100, a bounded set
 * of {@code CompletableFuture}s), so this measures the idiom as much as the client. With
 * {@code latencyMs=10} the ideal is ten rounds of 10 ms, 100 ms ({@link Ideal#THROUGHPUT}); a
 * connection pool smaller than the bound shows as a multiple of it. With {@code latencyMs=0} the
 * ideal is zero and the score is what a thousand requests and parses cost the client, and the
 * stub's answers (served from a JVM of its own). The run fails if a post is wrong or out of order, if fewer than
 * {@value Ideal#THROUGHPUT_REQUESTS} GETs reached the stub, or if it saw far more than the bound in
 * flight (see {@link HttpState#checkServed}).
 *
 * <p>Warm-up of 24 s: a fork's first thousand GETs take 500–900 ms, and the scores fall until the
 * client's connections, the stub's threads and the JIT have settled, flat at about 135 ms after 12 s
 * (reactor) and 150 ms after 24 s (virtual threads) on two cores at {@code latencyMs=10}. Then
 * iterations of 3 s, 20 operations each. Too long for {@code ./mvnw verify}'s quick profile, which
 * leaves this benchmark to the rigorous one.
 */
@Warmup(iterations = 8, time = 3)
@Measurement(iterations = 5, time = 3)
public class HttpThroughputBenchmark extends BenchmarkSettings {

    /** Post ids 1 to 100, repeated up to {@link Ideal#THROUGHPUT_REQUESTS} requests. */
    static final List<Integer> IDS = IntStream.range(0, Ideal.THROUGHPUT_REQUESTS)
            .mapToObj(i -> i % StubData.POSTS + 1)
            .toList();
    /** The stub's post for each of {@link #IDS}, in the same order. */
    static final List<Post> EXPECTED = IDS.stream().map(id -> StubData.post(id).orElseThrow()).toList();

    /** Fetches every post of {@link #IDS} with bounded concurrency and returns them, checked. */
    @Benchmark
    public List<Post> throughput(HttpState http) {
        List<Post> posts = http.trial.check("throughput", EXPECTED,
                http.trial.model().posts(http.baseUrl, IDS, Ideal.THROUGHPUT_CONCURRENCY));
        http.expect("throughput", Ideal.THROUGHPUT_REQUESTS, Ideal.THROUGHPUT_CONCURRENCY);
        return posts;
    }
}
