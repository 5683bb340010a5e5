package dev.vtvsreactive.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vtvsreactive.lesson.LessonModels;
import dev.vtvsreactive.lesson.http.JdkHttp;
import dev.vtvsreactive.lesson.http.PostAndComment;
import dev.vtvsreactive.stub.JsonPlaceholderStub;
import dev.vtvsreactive.stub.JsonPlaceholderStub.Stats;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class HttpStateTest {

    /** The stub's latency of a minute would outlast the test's bound: every GET was at no latency. */
    @Test
    void warmsOnTheStubsResourcesAtNoLatencyThenForgetsWhatTheStubCounted() throws InterruptedException {
        HttpState state = new HttpState();
        state.latencyMs = 60_000;
        state.openWith(context -> LessonModels.create("virtual-threads", context));
        try {
            List<URI> warmedOn = new ArrayList<>();
            List<PostAndComment> fetched = new ArrayList<>();

            state.warmAtNoLatency(3, url -> {
                warmedOn.add(url);
                fetched.add(state.trial.model().http(url));
            });

            assertThat(warmedOn).containsOnly(state.baseUrl.resolve("/delay/0/")).hasSize(3);
            assertThat(fetched).containsOnly(HttpBenchmark.EXPECTED);
            try (HttpClient client = JdkHttp.newClient()) {
                assertThat(JdkHttp.send(client, state.baseUrl.resolve(JsonPlaceholderStub.STATS_PATH), Stats.class))
                        .isEqualTo(new Stats(0, 0));
            }
        } finally {
            state.close();
        }
    }
}
