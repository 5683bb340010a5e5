package dev.vtvsreactive.bench;

import dev.vtvsreactive.bench.ChildProcess.Exited;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The Python interpreter that runs the lesson's own asyncio code, for the asyncio baseline and for
 * {@code ./compare --model asyncio}: the one the user names, else one that has aiohttp, which the
 * lesson's HTTP example needs.
 */
public final class AsyncioPython {

    /** The environment variable naming the interpreter. */
    public static final String VARIABLE = "ASYNCIO_PYTHON";
    /**
     * The interpreters tried when {@value #VARIABLE} names none: the one on the PATH, then the
     * system's, where Debian's {@code python3-aiohttp} and {@code python3-uvloop} install.
     */
    public static final List<String> CANDIDATES = List.of("python3", "/usr/bin/python3");

    /** Exits 0 for Python 3.11+ with aiohttp, 1 for 3.11+ without it, 2 for older or broken. */
    private static final String AIOHTTP_PROBE = "import sys, importlib.util; sys.exit(2 if sys.version_info < (3, 11)"
            + " else 0 if importlib.util.find_spec('aiohttp') else 1)";
    private static final Duration PROBE_BOUND = Duration.ofSeconds(30);

    private AsyncioPython() {
    }

    /**
     * {@value #VARIABLE} where it names an interpreter; else the first of {@link #CANDIDATES} that is
     * Python 3.11+ with aiohttp; else the first that is 3.11+; else {@code python3}, whose absence
     * the caller then explains. Asks each candidate, once per call.
     */
    public static String choose() {
        Optional<String> named = Optional.ofNullable(System.getenv(VARIABLE)).filter(name -> !name.isBlank());
        if (named.isPresent()) {
            return named.get();
        }
        Optional<String> withoutAiohttp = Optional.empty();
        for (String candidate : CANDIDATES) {
            if (ChildProcess.of(List.of(candidate, "-c", AIOHTTP_PROBE)).run(PROBE_BOUND) instanceof Exited(int status, _, _)) {
                if (status == 0) {
                    return candidate;
                }
                if (status == 1 && withoutAiohttp.isEmpty()) {
                    withoutAiohttp = Optional.of(candidate);
                }
            }
        }
        return withoutAiohttp.orElse(CANDIDATES.getFirst());
    }
}
