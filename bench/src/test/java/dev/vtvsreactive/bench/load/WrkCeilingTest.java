package dev.vtvsreactive.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vtvsreactive.bench.load.LoadReport.Ceiling;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class WrkCeilingTest {

    /** What wrk 4.1 prints, as it printed it against the stub here. */
    private static final String OUTPUT = """
            Running 2s test @ http://127.0.0.1:40123/posts/1
              2 threads and 200 connections
              Thread Stats   Avg      Stdev     Max   +/- Stdev
                Latency    11.52ms    1.02ms  30.12ms   91.00%
                Req/Sec     8.61k   310.20     9.10k    80.00%
              34440 requests in 2.00s, 12.01MB read
            Requests/sec:  17220.51
            Transfer/sec:      6.00MB
            """;

    @Test
    void readsTheRequestsASecond() {
        assertThat(WrkCeiling.parse("wrk …", OUTPUT)).isEqualTo(Ceiling.measured("wrk …", 17220.51));
    }

    @Test
    void refusesACeilingWithErrors() {
        Ceiling ceiling = WrkCeiling.parse("wrk …", OUTPUT.replace("Requests/sec", "  Non-2xx or 3xx responses: 12\nRequests/sec"));

        assertThat(ceiling.requestsPerSecond()).isNull();
        assertThat(ceiling.skipped()).contains("Non-2xx or 3xx responses: 12");
    }

    @Test
    void refusesOutputWithoutARate() {
        assertThat(WrkCeiling.parse("wrk …", "unable to connect").skipped()).contains("printed no Requests/sec");
    }

    @Test
    void saysHowToInstallWrkWhereItIsMissing() {
        LoadPlan plan = new LoadPlan(List.of(100), 1_000, 0, 10, 1_000);

        Ceiling ceiling = WrkCeiling.measure("no-such-wrk-here", URI.create("http://127.0.0.1:9/"), plan);

        assertThat(ceiling.requestsPerSecond()).isNull();
        assertThat(ceiling.skipped()).startsWith("no-such-wrk-here is not installed").endsWith("apt-get install wrk");
    }
}
