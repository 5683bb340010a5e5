package dev.vtvsreactive.bench.dumps;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import dev.vtvsreactive.lesson.http.LessonJson;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import tools.jackson.core.JacksonException;

/**
 * A thread dump in JDK 25's JSON format, as {@code HotSpotDiagnosticMXBean.dumpThreads(file, JSON)} and
 * {@code jcmd <pid> Thread.dump_to_file -format=json} write it: the threads of a JVM, platform and
 * virtual, grouped by the thread container that started them (an executor, a fork-join pool, or
 * {@code <root>} for the rest). Only what the experiment reads is bound: the dump also holds each
 * thread's time, park blocker and monitors, which are ignored.
 *
 * @param processId        the dumped JVM's process id
 * @param time             when the dump was taken
 * @param runtimeVersion   the dumped JVM's {@code Runtime.version()}
 * @param threadContainers every container of the dumped JVM, {@code <root>} first
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ThreadDump(String processId, String time, String runtimeVersion, List<Container> threadContainers) {

    public ThreadDump {
        Objects.requireNonNull(threadContainers, "threadContainers");
        threadContainers = List.copyOf(threadContainers);
    }

    /** The file as it is written: the dump under one {@code threadDump} key. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    private record File(ThreadDump threadDump) {
    }

    /**
     * A thread container and the threads it holds.
     *
     * @param container its name, e.g. {@code java.util.concurrent.ThreadPerTaskExecutor@10e92f8f}
     * @param parent    the container it was started in; null for {@code <root>}
     * @param threads   its threads, in the dump's order
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Container(String container, String parent, List<DumpedThread> threads) {

        public Container {
            Objects.requireNonNull(container, "container");
            threads = List.copyOf(threads);
        }
    }

    /**
     * One thread as the dump shows it.
     *
     * @param tid     its thread id, as {@link Thread#threadId()} gives it
     * @param name    its name, empty for an unnamed virtual thread
     * @param state   its {@link Thread.State}, e.g. {@code TIMED_WAITING}
     * @param virtual whether it is a virtual thread (the dump writes it for virtual threads only)
     * @param stack   its frames, innermost first, e.g. {@code java.base/java.lang.Thread.sleep(Thread.java:540)}
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record DumpedThread(long tid, String name, String state,
                               @JsonSetter(nulls = Nulls.AS_EMPTY) boolean virtual, List<String> stack) {

        public DumpedThread {
            Objects.requireNonNull(name, "name");
            stack = List.copyOf(stack);
        }

        /** Its frames, parsed. */
        public List<Frame> frames() {
            return stack.stream().map(Frame::parse).toList();
        }
    }

    /**
     * One frame of a thread dump's stack, as the dump writes it:
     * {@code java.base/java.lang.Thread.sleep(Thread.java:540)}, the module absent for code on the class path.
     *
     * @param className the frame's class, binary name: {@code java.lang.Thread}, {@code a.B$C}
     * @param method    its method: {@code sleep}, {@code lambda$gather$0}
     * @param location  its file and line, or {@code Native Method}
     */
    public record Frame(String className, String method, String location) {

        /**
         * Parses a frame of a dump's stack.
         *
         * @throws IllegalArgumentException quoting the line, if it is not {@code [module/]class.method(location)}
         */
        public static Frame parse(String line) {
            int open = line.indexOf('(');
            int dot = open < 0 ? -1 : line.lastIndexOf('.', open);
            if (dot < 0 || !line.endsWith(")")) {
                throw new IllegalArgumentException("not a stack frame: '" + line + "'");
            }
            int module = line.lastIndexOf('/', dot);
            return new Frame(line.substring(module + 1, dot), line.substring(dot + 1, open), line.substring(open + 1, line.length() - 1));
        }

        /** Whether it runs code of {@code packageName} itself, not of a package under it. */
        public boolean inPackage(String packageName) {
            return className.startsWith(packageName + ".") && className.indexOf('.', packageName.length() + 1) < 0;
        }

        /** Whether it is {@code method} of {@code type}. */
        public boolean is(Class<?> type, String method) {
            return className.equals(type.getName()) && this.method.equals(method);
        }

        /** Its class's simple name and its method, as a person names it: {@code VirtualThreadsFanOut.task}. */
        public String simpleName() {
            return className.substring(className.lastIndexOf('.') + 1) + "." + method;
        }
    }

    /** Every thread of the dump, container by container. */
    public List<DumpedThread> threads() {
        return threadContainers.stream().flatMap(container -> container.threads().stream()).toList();
    }

    /**
     * Reads the dump in {@code file}.
     *
     * @throws IllegalStateException naming the file, if it is not a JSON thread dump
     */
    public static ThreadDump read(Path file) {
        try {
            ThreadDump dump = LessonJson.MAPPER.readValue(file, File.class).threadDump();
            if (dump == null) {
                throw new IllegalStateException(file + " holds no JSON thread dump: no \"threadDump\" key");
            }
            return dump;
        } catch (JacksonException e) {
            throw new IllegalStateException(file + " is not a JSON thread dump: " + e.getOriginalMessage(), e);
        }
    }
}
