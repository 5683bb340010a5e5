package dev.vtvsreactive.report;

import dev.vtvsreactive.bench.load.LoadReport;
import dev.vtvsreactive.bench.load.LoadRun;
import dev.vtvsreactive.lesson.http.LessonJson;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The asyncio baseline's open-loop load ({@code asyncio/load.py}): the lesson's Python GETting posts
 * from the stub at each offered rate, its runs in the Java models' {@link LoadRun} shape. Python
 * has no heap to count, so a run's bytes per GET is null; and the document holds no plan: its runs
 * are judged against the Java sweep's, which {@code ./compare load} gives both.
 *
 * @param scenario names the document: always {@value #SCENARIO}
 * @param interpreter the interpreter that ran it, e.g. {@code CPython 3.12.3}
 * @param processors how many processors it saw
 * @param runs per loop ({@code asyncio}, {@code asyncio-uvloop}), each rate increasing
 */
public record AsyncioLoad(String scenario, String interpreter, int processors, List<LoadRun> runs) {

    /** The file beside {@code results.json}, where {@code ./compare load --save} puts asyncio's runs. */
    public static final String FILE = "asyncio-load.json";
    static final String SCENARIO = LoadReport.SCENARIO;
    private static final String WHAT = "the asyncio load's JSON";

    public AsyncioLoad {
        runs = List.copyOf(Objects.requireNonNull(runs, "runs"));
    }

    /** These runs, then {@code other}'s: the same interpreter on another loop, e.g. uvloop's. */
    public AsyncioLoad with(AsyncioLoad other) {
        return new AsyncioLoad(scenario, interpreter, processors, Stream.concat(runs.stream(), other.runs.stream()).toList());
    }

    /** The document as indented JSON, in the shape {@code load.py} writes it. */
    public String toJson() {
        return LessonJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(this);
    }

    /**
     * Reads what {@code asyncio/load.py} writes.
     *
     * @throws IllegalArgumentException naming {@code source} and what is wrong when it is not that
     */
    public static AsyncioLoad parse(Path source, byte[] json) {
        AsyncioLoad load = ExperimentJson.read(source, json, SCENARIO, AsyncioLoad.class, WHAT);
        if (load.interpreter() == null) {
            throw notLoad(source, "it names no \"interpreter\"");
        }
        if (load.runs().isEmpty()) {
            throw notLoad(source, "it holds no run");
        }
        for (LoadRun run : load.runs()) {
            // A rate of 0 would make every share of it infinite.
            if (run.rate() < 1) {
                throw notLoad(source, "a run of " + run.model() + " lacks a positive \"rate\"");
            }
        }
        return load;
    }

    private static IllegalArgumentException notLoad(Path source, String what) {
        return new IllegalArgumentException(source + " is not " + WHAT + ": " + what);
    }
}
