package dev.vtvsreactive.report;

import dev.vtvsreactive.lesson.http.LessonJson;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The asyncio baseline's fan-out ({@code asyncio/fanout.py}): N gathered {@code asyncio.sleep(D)}
 * tasks per run, each N in a fresh interpreter. Its memory is the process's resident set growth
 * per parked task, not a heap: it is not the Java runs' measure.
 *
 * @param scenario names the document: always {@value #SCENARIO}
 * @param interpreter the interpreter that ran it, e.g. {@code CPython 3.11.7}
 * @param processors how many processors it saw
 * @param runs one per N, increasing
 */
public record AsyncioFanOut(String scenario, String interpreter, int processors, List<Run> runs) {

    /** The file beside {@code results.json}, as {@code asyncio/bench.sh} writes it. */
    public static final String FILE = "asyncio-fan-out.json";
    static final String SCENARIO = "fan-out";
    private static final String WHAT = "the asyncio fan-out's JSON";

    public AsyncioFanOut {
        runs = List.copyOf(runs);
    }

    /** These runs, then {@code other}'s: the same interpreter on another loop, e.g. uvloop's. */
    public AsyncioFanOut with(AsyncioFanOut other) {
        return new AsyncioFanOut(scenario, interpreter, processors, Stream.concat(runs.stream(), other.runs.stream()).toList());
    }

    /** The document as indented JSON, in the shape {@code fanout.py} writes it. */
    public String toJson() {
        return LessonJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(this);
    }

    /**
     * One fan-out of N tasks, all timed in the same interpreter.
     *
     * @param model {@code asyncio}, or {@code asyncio-uvloop} on uvloop's loop
     * @param n how many tasks waited
     * @param delayMs how long each waited, D
     * @param wallMs from the gather's start until every result was in
     * @param overheadMs wall time over the wait
     * @param allParkedMs when every task had started waiting
     * @param bytesPerTask resident memory growth per parked task: (RSS with all parked − RSS before) / N
     * @param rssBeforeBytes resident memory before the tasks started
     * @param rssParkedBytes resident memory with every task parked
     * @param peakRssBytes the interpreter's peak resident memory
     * @param rssSource where the resident memory was read, e.g. {@code /proc/self/statm}
     */
    public record Run(String model, int n, double delayMs, double wallMs, double overheadMs, double allParkedMs,
               double bytesPerTask, long rssBeforeBytes, long rssParkedBytes, long peakRssBytes, String rssSource) {
    }

    /**
     * Reads what {@code asyncio/fanout.py} writes.
     *
     * @throws IllegalArgumentException naming {@code source} and what is wrong when it is not that
     */
    public static AsyncioFanOut parse(Path source, byte[] json) {
        AsyncioFanOut fanOut = ExperimentJson.read(source, json, SCENARIO, AsyncioFanOut.class, WHAT);
        if (fanOut.interpreter() == null) {
            throw notFanOut(source, "it names no \"interpreter\"");
        }
        for (Run run : fanOut.runs()) {
            if (run.model() == null || run.n() < 1) {
                throw notFanOut(source, "a run lacks its \"model\" or a positive \"n\": " + run);
            }
        }
        return fanOut;
    }

    private static IllegalArgumentException notFanOut(Path source, String what) {
        return new IllegalArgumentException(source + " is not " + WHAT + ": " + what);
    }
}
