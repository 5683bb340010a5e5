package dev.vtvsreactive.report;

import dev.vtvsreactive.report.Environment.Fact;
import dev.vtvsreactive.lesson.http.LessonJson;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Where and how the asyncio baseline ran, from the {@value #FILE} that {@code asyncio/bench.sh}
 * writes beside its results: the interpreter, its optional packages, its loops, its start-up (kept
 * out of every score), the GIL's switch interval, the settings, and what was skipped or failed.
 * Without Python 3.11 the file holds only why every asyncio row was skipped.
 *
 * @param tree the file's JSON
 */
record AsyncioEnvironment(JsonNode tree) {

    /** The file beside {@code results.json}. */
    static final String FILE = "asyncio-environment.json";
    /** The name of the one fact that says the baseline did not run. */
    static final String BASELINE = "asyncio baseline";
    /** Why there is no baseline when the file is missing. */
    static final String NO_FILE = "no " + FILE + " beside " + Rendering.RESULTS + " (./mvnw verify runs asyncio/bench.sh"
            + " after the benchmarks; by hand: asyncio/bench.sh --out-dir <report folder>)";

    /**
     * Reads {@code json}, the content of {@code source}.
     *
     * @throws IllegalArgumentException naming {@code source} when it is not an object with a {@code python} field
     */
    static AsyncioEnvironment parse(Path source, byte[] json) {
        JsonNode tree;
        try {
            tree = LessonJson.MAPPER.readTree(json);
        } catch (JacksonException e) {
            throw new IllegalArgumentException(source + " is not the asyncio baseline's environment file: " + e.getOriginalMessage(), e);
        }
        if (tree == null || !tree.isObject() || !tree.has("python")) {
            throw new IllegalArgumentException(source + " is not the asyncio baseline's environment file: it has no \"python\" field");
        }
        return new AsyncioEnvironment(tree);
    }

    /** Whether an interpreter ran the baseline: {@code python} is not null. */
    boolean ran() {
        return tree.path("python").isObject();
    }

    /** {@code CPython 3.11.7}, when it ran. */
    Optional<String> interpreter() {
        JsonNode python = tree.path("python");
        return ran() ? Optional.of(python.path("implementation").asString("Python") + " " + python.path("version").asString("?"))
                : Optional.empty();
    }

    /** What was skipped, each {@code what: reason}. */
    List<String> skipped() {
        return tree.path("skipped").valueStream()
                .map(skip -> skip.path("what").asString("?") + ": " + skip.path("reason").asString("?"))
                .toList();
    }

    /** What failed, as bench.py told it. */
    List<String> failures() {
        return tree.path("failures").valueStream().map(failure -> failure.asString(failure.toString())).toList();
    }

    /** Every fact, in reading order; one when it did not run. */
    List<Fact> facts() {
        if (!ran()) {
            return List.of(skippedFact(String.join("; ", skipped().isEmpty() ? List.of("the file gives no reason") : skipped())));
        }
        JsonNode python = tree.path("python");
        List<Fact> facts = new ArrayList<>(List.of(
                new Fact("asyncio: Python", interpreter().orElseThrow() + " — " + python.path("build").asString("?")),
                new Fact("asyncio: executable", python.path("executable").asString("?")),
                new Fact("asyncio: aiohttp", text(tree.path("aiohttp"))),
                new Fact("asyncio: uvloop", text(tree.path("uvloop"))),
                new Fact("asyncio: loops", tree.path("loops").properties().stream()
                        .map(loop -> loop.getKey() + ": " + loop.getValue().asString())
                        .collect(Collectors.joining("; "))),
                new Fact("asyncio: interpreter start-up", startup()),
                new Fact("asyncio: GIL switch interval", tree.path("switchIntervalSeconds").isNumber()
                        ? Numbers.fixed(tree.path("switchIntervalSeconds").doubleValue() * 1000, 1) + " ms (sys.getswitchinterval())"
                        : Machine.UNKNOWN),
                new Fact("asyncio: settings", settings())));
        facts.add(new Fact("asyncio: skipped", skipped().isEmpty() ? "nothing" : String.join("; ", skipped())));
        facts.add(new Fact("asyncio: failures", failures().isEmpty() ? "none" : String.join("; ", failures())));
        return List.copyOf(facts);
    }

    /**
     * The baseline in one line, as the page's overview and the console summary say it: which
     * interpreter measured it and what it skipped or failed, or {@code asyncio baseline skipped: <why>}.
     *
     * @param asyncio the environment file, when it was beside the results
     */
    static String line(Optional<AsyncioEnvironment> asyncio) {
        if (asyncio.isEmpty() || !asyncio.get().ran()) {
            List<Fact> facts = asyncio.map(AsyncioEnvironment::facts).orElseGet(() -> List.of(skippedFact(NO_FILE)));
            return BASELINE + " " + facts.getFirst().value();
        }
        AsyncioEnvironment ran = asyncio.get();
        return BASELINE + ": measured with " + ran.interpreter().orElseThrow()
                + (ran.skipped().isEmpty() ? "" : "; skipped: " + String.join("; ", ran.skipped()))
                + (ran.failures().isEmpty() ? "" : "; failed: " + String.join("; ", ran.failures()));
    }

    /** The one fact when the baseline did not run: {@code asyncio baseline: skipped: <why>}. */
    static Fact skippedFact(String why) {
        return new Fact(BASELINE, "skipped: " + why);
    }

    /** The median start-up, of how many runs, and that no score includes it. */
    private String startup() {
        String alone = startup(tree.path("startup"), "import asyncio");
        JsonNode withAiohttp = tree.path("startupWithAiohttp");
        return alone + (withAiohttp.isObject() ? "; " + startup(withAiohttp, "with aiohttp") : "")
                + "; excluded from every score (each row is timed inside the running loop)";
    }

    private static String startup(JsonNode startup, String what) {
        if (!startup.isObject()) {
            return "not measured";
        }
        return Numbers.fixed(startup.path("medianMs").asDouble(), 1) + " ms median of " + startup.path("runsMs").size()
                + " runs (" + what + ")";
    }

    /** {@code quick: 1 fork, warm-up 2 × 500 ms, 5 × 500 ms measured, scale 0.01; ...}. */
    private String settings() {
        JsonNode settings = tree.path("settings");
        if (!settings.isObject()) {
            return Machine.UNKNOWN;
        }
        return settings.path("mode").asString("?") + ": " + settings.path("forks").asInt() + " fork(s), warm-up "
                + settings.path("warmup_iterations").asInt() + " × " + settings.path("warmup_ms").asInt() + " ms, "
                + settings.path("iterations").asInt() + " × " + settings.path("iteration_ms").asInt() + " ms measured, scale "
                + settings.path("scale").asString("?") + "; fan-out N = "
                + settings.path("fanoutN").valueStream().map(n -> FanOutResults.count(n.asLong())).collect(Collectors.joining(", "))
                + ", D = " + Numbers.fixed(settings.path("fanoutDelayMs").asDouble(), 0) + " ms; CPU-bound scale "
                + settings.path("cpuScale").asString("?");
    }

    /** A version, or why the package is not there. */
    private static String text(JsonNode value) {
        return value.isString() ? value.asString() : value.isNull() || value.isMissingNode() ? "not recorded" : value.toString();
    }
}
