package dev.vtvsreactive.bench.load;

import dev.vtvsreactive.bench.ChildProcess;
import dev.vtvsreactive.bench.ChildProcess.Exited;
import dev.vtvsreactive.bench.ChildProcess.Killed;
import dev.vtvsreactive.bench.ChildProcess.NotStarted;
import dev.vtvsreactive.bench.load.LoadReport.Ceiling;
import dev.vtvsreactive.lesson.http.JsonPlaceholder;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stub's own ceiling, measured by a load generator no one here wrote: wrk, closed-loop, with
 * {@value #CONNECTIONS} connections on two threads for the plan's duration, GETting post 1. With
 * that many connections and the plan's latency, the stub, not wrk's concurrency, sets the
 * figure up to {@code 200 / latency} GETs a second. Where wrk is not installed, the ceiling is
 * reported as not measured, with how to install it.
 */
public final class WrkCeiling {

    /** wrk's connections: well above what the plan's highest rate keeps in flight at its latency. */
    static final int CONNECTIONS = 200;
    private static final int THREADS = 2;
    private static final Pattern REQUESTS_PER_SECOND = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Duration SLACK = Duration.ofSeconds(30);

    private WrkCeiling() {
    }

    /** Measures the stub at {@code baseUrl} for the plan's duration with {@code wrk}, the program of that name on the PATH. */
    public static Ceiling measure(URI baseUrl, LoadPlan plan) {
        return measure("wrk", baseUrl, plan);
    }

    static Ceiling measure(String wrk, URI baseUrl, LoadPlan plan) {
        long seconds = Math.max(1, Math.round(plan.durationMs() / 1000.0));
        List<String> command = List.of(wrk, "-t" + THREADS, "-c" + CONNECTIONS, "-d" + seconds + "s",
                "--timeout", Math.max(1, plan.timeoutMs() / 1000) + "s",
                JsonPlaceholder.resolve(baseUrl, JsonPlaceholder.POST_1).toString());
        String shown = String.join(" ", command);
        return switch (ChildProcess.of(command).run(Duration.ofSeconds(seconds).plus(SLACK))) {
            case Exited(int status, String out, String err) when status == 0 -> parse(shown, out);
            case Exited(int status, String out, String err) ->
                    Ceiling.skipped(shown + " exited with status " + status + ": " + (err + out).strip());
            case Killed killed -> Ceiling.skipped(killed.describe(shown));
            case NotStarted(String reason) -> Ceiling.skipped(wrk + " is not installed (" + reason
                    + "); on Debian or Ubuntu: apt-get install wrk");
        };
    }

    /** wrk's {@code Requests/sec:} line, with its errors refused: a ceiling with failed GETs is no ceiling. */
    static Ceiling parse(String command, String out) {
        Optional<String> errors = out.lines().filter(line -> line.contains("Non-2xx") || line.contains("Socket errors")).findFirst();
        if (errors.isPresent()) {
            return Ceiling.skipped(command + " saw errors: " + errors.get().strip());
        }
        Matcher rate = REQUESTS_PER_SECOND.matcher(out);
        if (!rate.find()) {
            return Ceiling.skipped(command + " printed no Requests/sec: " + out.strip());
        }
        return Ceiling.measured(command, Double.parseDouble(rate.group(1)));
    }
}
