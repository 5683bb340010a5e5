package dev.vtvsreactive.bench;

import dev.vtvsreactive.bench.ChildProcess.Exited;
import dev.vtvsreactive.bench.ChildProcess.Killed;
import dev.vtvsreactive.bench.ChildProcess.NotStarted;
import dev.vtvsreactive.lesson.Blocking.LessonTimeoutException;
import dev.vtvsreactive.lesson.http.LessonJson;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;

/**
 * A {@code main} to run in a child JVM: the same {@code java} and class path as this JVM, started
 * with {@code options}, given {@code args}. An input is written as JSON to the child's standard
 * input and its result read back as JSON from its standard output; the child's side of that is
 * {@link #serve}. The child is a {@link ChildProcess}: bounded, and killed with what it started
 * when it outlives its bound.
 *
 * <p>For what must be measured or configured in a fresh JVM: start-up options such as a
 * scheduler's parallelism or the heap size, or memory that a JVM which has already run other work
 * would blur.
 *
 * <pre>{@code
 * CpuBoundRun run = new ChildJvm(List.of("-Xmx1g"), ForkedRun.class, List.of("reactor", "blocked"))
 *         .run("reactor (blocked) in a child JVM", plan, CpuBoundRun.class, ChildJvm.bound(plan.waitBound()));
 * }</pre>
 *
 * @param options the JVM options, before the class name
 * @param main    the class whose {@code main} the child runs
 * @param args    the arguments of that {@code main}
 */
public record ChildJvm(List<String> options, Class<?> main, List<String> args) {

    /** A child JVM's start-up: time to add to the bound of the work it is started for. */
    private static final Duration START_UP = Duration.ofSeconds(30);
    private static final int STANDARD_ERROR_LINES = 30;

    public ChildJvm {
        options = List.copyOf(options);
        Objects.requireNonNull(main, "main");
        args = List.copyOf(args);
    }

    /** How long to wait for a child JVM whose work takes at most {@code work}: that, and the JVM's start-up. */
    public static Duration bound(Duration work) {
        return work.plus(START_UP);
    }

    /**
     * Starts the child, writes {@code input} to it, waits at most {@code bound} and reads its result.
     *
     * @param what names the run in messages, e.g. {@code "reactor (blocked) in a child JVM"}
     * @throws LessonTimeoutException if the child is still running after {@code bound}; it is killed
     * @throws IllegalStateException  if the child fails, with the start of what it wrote to its standard error
     * @throws CancellationException  if this thread is interrupted while waiting; the child is killed
     */
    public <T> T run(String what, Object input, Class<T> resultType, Duration bound) {
        ChildProcess child = ChildProcess.of(command()).withInput(LessonJson.MAPPER.writeValueAsString(input));
        return switch (child.run(bound)) {
            case Exited(int status, String out, String err) when status == 0 -> read(what, out, resultType, err);
            case Exited(int status, String out, String err) ->
                    throw new IllegalStateException(what + " failed with exit code " + status + ":\n" + head(err));
            case Killed killed -> throw new LessonTimeoutException(killed.describe(what));
            case NotStarted(String reason) -> throw new IllegalStateException(what + " could not be run: " + reason);
        };
    }

    /**
     * The child's side of {@link #run}, for its {@code main}: checks that {@code args} hold a value
     * for each of {@code parameters}, reads the input as JSON from standard input, and prints what
     * {@code work} makes of the arguments and the input as JSON on standard output.
     *
     * @param main the class whose {@code main} this is, named in its usage
     * @throws IllegalArgumentException with the usage, if {@code args} do not match {@code parameters}
     */
    public static <I> void serve(Class<?> main, String[] args, List<String> parameters, Class<I> inputType,
                                 BiFunction<List<String>, I, ?> work) {
        if (args.length != parameters.size()) {
            throw new IllegalArgumentException("usage: " + main.getSimpleName() + " " + String.join(" ", parameters)
                    + " < " + inputType.getSimpleName() + " as JSON");
        }
        I input = LessonJson.MAPPER.readValue(System.in, inputType);
        System.out.println(LessonJson.MAPPER.writeValueAsString(work.apply(List.of(args), input)));
    }

    /** The options this JVM was started with: what a child reports of its own start-up. */
    public static List<String> startUpOptions() {
        return List.copyOf(ManagementFactory.getRuntimeMXBean().getInputArguments());
    }

    /** The system properties this JVM's start-up options set ({@code -Dname=value}), as it reads them back. */
    public static Map<String, String> startUpProperties() {
        Map<String, String> properties = new LinkedHashMap<>();
        for (String option : startUpOptions()) {
            if (option.startsWith("-D")) {
                String name = option.substring(2).split("=", 2)[0];
                properties.put(name, String.valueOf(System.getProperty(name)));
            }
        }
        return properties;
    }

    private List<String> command() {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(options);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(args);
        return command;
    }

    private static <T> T read(String what, String out, Class<T> resultType, String err) {
        try {
            return LessonJson.MAPPER.readValue(out, resultType);
        } catch (JacksonException e) {
            throw new IllegalStateException(what + " printed no " + resultType.getSimpleName() + ": "
                    + e.getOriginalMessage() + "\n" + head(err), e);
        }
    }

    /** The first lines the child wrote to its standard error: where an exception's message stands. */
    private static String head(String err) {
        return err.lines().limit(STANDARD_ERROR_LINES).collect(Collectors.joining("\n"));
    }
}
