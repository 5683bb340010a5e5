package dev.vtvsreactive.bench.dumps;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonProperty.Access;
import dev.vtvsreactive.lesson.Labelled;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What a person finds in one model's thread dump, taken while its gather of N tasks waited; the
 * derived measures ({@link #threads()}, {@link #scenarioNamed()}, {@link #finding()}, ...) are
 * written to JSON beside them.
 *
 * @param model                the model's name
 * @param wiring               how the model wrote its gather, in its own words
 * @param tasks                N, how many tasks waited while the dump was taken
 * @param waitMs               how long each would have waited, had the gather not been cancelled after the dump
 * @param dumpBytes            the size of the dump
 * @param dumpMs               how long taking it took, writing the file included
 * @param containers           every thread container of the dump, with the threads it held
 * @param startedByGather      the names of the platform threads that were not there before the gather
 *                             started; every virtual thread was started by it
 * @param tasksFound           how many threads showed a task's wait: {@code Thread.sleep}, called by the model's code
 * @param tasksFoundVirtual    how many of those were virtual threads
 * @param threadsNamingScenario how many threads had at least one frame of the model's code
 * @param scenarioFrames       the model's methods those frames name, each once, as {@code Class.method}
 * @param excerpt              a few threads as the dump shows them, their stacks trimmed
 * @param closeFailure         why the model's fan-out did not close once its gather was cancelled after the
 *                             dump (its tasks outlived the cancellation); null when it closed
 */
public record ThreadDumpRun(String model, String wiring, int tasks, long waitMs, long dumpBytes, double dumpMs,
                            List<ContainerThreads> containers, List<String> startedByGather, int tasksFound,
                            int tasksFoundVirtual, int threadsNamingScenario, List<String> scenarioFrames,
                            List<ExcerptedThread> excerpt, String closeFailure) {

    public ThreadDumpRun {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(wiring, "wiring");
        containers = List.copyOf(containers);
        startedByGather = List.copyOf(startedByGather);
        scenarioFrames = List.copyOf(scenarioFrames);
        excerpt = List.copyOf(excerpt);
    }

    /**
     * One thread container of the dump and the threads it held.
     *
     * @param container its name, as the dump gives it
     * @param platform  its platform threads
     * @param virtual   its virtual threads
     */
    public record ContainerThreads(String container, int platform, int virtual) {

        /** All its threads. */
        @JsonProperty(access = Access.READ_ONLY)
        public int threads() {
            return platform + virtual;
        }
    }

    /** Why a thread is in the excerpt. */
    public enum Shown implements Labelled {
        /** It shows a task's wait. */
        TASK_WAIT,
        /** It runs the model's code, but not a task's wait: the code that started or gathers them. */
        SCENARIO,
        /** The gather started it: where a model that does not wait on a thread per task keeps its timers. */
        STARTED_BY_GATHER
    }

    /**
     * One thread as the dump shows it, its stack trimmed to its innermost frames.
     *
     * @param shown      why it is in the excerpt
     * @param container  the container that holds it
     * @param name       its name, empty for an unnamed virtual thread
     * @param tid        its thread id
     * @param virtual    whether it is a virtual thread
     * @param state      its state
     * @param frames     its innermost frames, as the dump writes them
     * @param moreFrames how many frames were left out below them
     */
    public record ExcerptedThread(Shown shown, String container, String name, long tid, boolean virtual, String state,
                                  List<String> frames, int moreFrames) {

        public ExcerptedThread {
            Objects.requireNonNull(shown, "shown");
            frames = List.copyOf(frames);
        }
    }

    /** The threads in the dump, platform and virtual. */
    @JsonProperty(access = Access.READ_ONLY)
    public int threads() {
        return platformThreads() + virtualThreads();
    }

    /** The platform threads in the dump: the JVM's own, the schedulers' and the carriers of virtual threads. */
    @JsonProperty(access = Access.READ_ONLY)
    public int platformThreads() {
        return containers.stream().mapToInt(ContainerThreads::platform).sum();
    }

    /** The virtual threads in the dump. */
    @JsonProperty(access = Access.READ_ONLY)
    public int virtualThreads() {
        return containers.stream().mapToInt(ContainerThreads::virtual).sum();
    }

    /** Whether some frame of the dump names the model's code: the scenario a person looks for. */
    @JsonProperty(access = Access.READ_ONLY)
    public boolean scenarioNamed() {
        return !scenarioFrames.isEmpty();
    }

    /**
     * Whether the dump proves the tasks are not threads: none found, and fewer threads in it than
     * tasks waiting. A dump of threads then has nothing to find a task by.
     */
    @JsonProperty(access = Access.READ_ONLY)
    public boolean tasksAreNotThreads() {
        return tasksFound == 0 && threads() < tasks;
    }

    /** The dump, in one line: how many of the waiting tasks a person can find in it, and by what. */
    @JsonProperty(access = Access.READ_ONLY)
    public String finding() {
        String named = scenarioNamed()
                ? "frames name " + String.join(", ", scenarioFrames)
                : "no frame names the model's code";
        if (tasksFound == 0) {
            return String.format(Locale.ROOT, "none can be found: %s (%,d threads in the dump for %,d waiting tasks; %s;"
                    + " the gather started %s)", tasksAreNotThreads() ? "tasks are not threads" : "no thread shows a task's wait",
                    threads(), tasks, named, started());
        }
        String found = tasksFound == tasks ? "all " + String.format(Locale.ROOT, "%,d", tasks)
                : String.format(Locale.ROOT, "only %,d of %,d", tasksFound, tasks);
        String kind = tasksFoundVirtual == tasksFound ? "a virtual thread"
                : tasksFoundVirtual == 0 ? "a platform thread" : "a thread (" + tasksFoundVirtual + " of them virtual)";
        return found + " waiting tasks can be found, each " + kind + " whose stack shows Thread.sleep called by the"
                + " model's code (" + named + ")";
    }

    private String started() {
        return startedByGather.isEmpty() ? "no platform thread" : String.join(", ", startedByGather);
    }
}
