package dev.vtvsreactive.cli;

import dev.vtvsreactive.bench.AsyncioPython;
import dev.vtvsreactive.bench.ChildProcess;
import dev.vtvsreactive.bench.ChildProcess.Exited;
import dev.vtvsreactive.bench.ChildProcess.Killed;
import dev.vtvsreactive.bench.ChildProcess.NotStarted;
import dev.vtvsreactive.bench.ChildProcess.Outcome;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SequencedSet;

/**
 * The lesson's own Python code ({@code asyncio/} in the repository) as {@code ./compare} runs it:
 * a child interpreter per run, models {@code asyncio} (the standard event loop) and
 * {@code asyncio-uvloop}.
 *
 * @param folder the {@code asyncio/} folder, holding {@code lesson.py} and {@code cpubound.py}
 * @param python the interpreter's command: {@code $ASYNCIO_PYTHON}, else the first of {@code python3} and
 *               {@code /usr/bin/python3} that can run the scripts with aiohttp (see {@link AsyncioPython#choose})
 * @param slack  how much longer than its ideal a script may run before it is killed: covers the
 *               interpreter's start-up, the scripts' own bounds (30 s past the ideal) and a busy machine
 */
record AsyncioScripts(Path folder, String python, Duration slack) {

    /** The system property by which the launcher names the repository. */
    static final String HOME_PROPERTY = "vtvsreactive.home";
    /** The environment variable naming the interpreter. */
    static final String PYTHON_VARIABLE = AsyncioPython.VARIABLE;
    /** The scripts need {@code asyncio.Runner} and {@code asyncio.timeout}. */
    static final String MIN_VERSION = "3.11";

    /** Each model and the {@code --loop} of the scripts that runs it, in the order the help lists them. */
    private static final Map<String, String> LOOPS = Map.of("asyncio", "asyncio", "asyncio-uvloop", "uvloop");
    private static final List<String> MODELS = List.of("asyncio", "asyncio-uvloop");
    private static final String LESSON = "lesson.py";
    private static final Duration DEFAULT_SLACK = Duration.ofSeconds(60);
    private static final Duration PROBE_BOUND = Duration.ofSeconds(30);
    private static final String PROBE = "import sys; print(sys.version.split()[0]); sys.exit(sys.version_info < (3, 11))";

    /** The asyncio models: {@code asyncio}, {@code asyncio-uvloop}. */
    static List<String> models() {
        return MODELS;
    }

    static boolean isModel(String name) {
        return LOOPS.containsKey(name);
    }

    /** {@code --loop} of the scripts for an asyncio {@code model}. */
    static String loop(String model) {
        String loop = LOOPS.get(model);
        if (loop == null) {
            throw new IllegalArgumentException("not an asyncio model: '" + model + "'; asyncio models: " + String.join(", ", MODELS));
        }
        return loop;
    }

    /**
     * The scripts of this installation: the folder {@code asyncio/} under the repository the
     * launcher names ({@value #HOME_PROPERTY}), else under the working directory, else beside the
     * {@code bench/} module this class was loaded from; the interpreter {@code $ASYNCIO_PYTHON},
     * else {@code python3}.
     *
     * @throws IllegalStateException naming every folder looked in, when none holds {@code lesson.py}
     */
    static AsyncioScripts locate() {
        SequencedSet<Path> candidates = new LinkedHashSet<>();
        Optional.ofNullable(System.getProperty(HOME_PROPERTY)).filter(home -> !home.isBlank())
                .ifPresent(home -> candidates.add(Path.of(home, "asyncio")));
        candidates.add(Path.of("asyncio"));
        benchModule().ifPresent(bench -> candidates.add(bench.resolveSibling("asyncio")));
        List<Path> looked = candidates.stream().map(path -> path.toAbsolutePath().normalize()).distinct().toList();
        Path folder = looked.stream().filter(path -> Files.isRegularFile(path.resolve(LESSON))).findFirst()
                .orElseThrow(() -> new IllegalStateException("cannot find the asyncio scripts (asyncio/" + LESSON + "); looked in "
                        + String.join(", ", looked.stream().map(Path::toString).toList())
                        + "; run ./compare from the repository, or pass -D" + HOME_PROPERTY + "=<repository>"));
        return new AsyncioScripts(folder, AsyncioPython.choose(), DEFAULT_SLACK);
    }

    /** The {@code bench/} module: the folder above {@code target/} that holds this class's jar or classes. */
    private static Optional<Path> benchModule() {
        CodeSource source = AsyncioScripts.class.getProtectionDomain().getCodeSource();
        if (source == null) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(Path.of(source.getLocation().toURI()).getParent()).map(Path::getParent);
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty(); // not a file: the other candidates still count
        }
    }

    /**
     * Why the interpreter cannot run the scripts, or empty when it can: it is missing, older than
     * {@value #MIN_VERSION}, or broken. Asks the interpreter itself, once per call.
     */
    Optional<String> unavailable() {
        Outcome probe = ChildProcess.of(List.of(python, "-c", PROBE)).in(folder).run(PROBE_BOUND);
        return switch (probe) {
            case Exited(int status, String out, String err) when status == 0 -> Optional.empty();
            case Exited(int status, String out, String err) when status == 1 && !out.isBlank() -> Optional.of(
                    python + " is Python " + out.strip() + "; the asyncio scripts need " + MIN_VERSION + " or newer");
            case Exited(int status, String out, String err) -> Optional.of(
                    python + " cannot run Python (exit status " + status + ")" + saying(err));
            case Killed killed -> Optional.of(python + " did not answer within " + PROBE_BOUND.toSeconds() + " s");
            case NotStarted notStarted -> Optional.of("no " + python + " found (set " + PYTHON_VARIABLE + ")");
        };
    }

    /**
     * Runs {@code script} of the folder with {@code arguments}, killing it if it runs past
     * {@code ideal} plus the {@linkplain #slack() slack}.
     */
    Outcome run(String script, List<String> arguments, Duration ideal) {
        List<String> command = new ArrayList<>(List.of(python, folder.resolve(script).toString()));
        command.addAll(arguments);
        return ChildProcess.of(command).in(folder).run(ideal.plus(slack));
    }

    /** {@code ": <last line>"} of a script's standard error, its error for Python; nothing when it said nothing. */
    static String saying(String err) {
        return err.lines().map(String::strip).filter(line -> !line.isEmpty()).reduce((first, second) -> second)
                .map(line -> ": " + line).orElse("");
    }
}
