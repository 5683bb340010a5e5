import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The hottest frames of async-profiler's HTML flame graphs, as text: what docs/profiling.md quotes.
 *
 * <pre>{@code java cli/FlameSummary.java [--top N] [--match REGEX] target/report/flamegraphs}</pre>
 *
 * <p>For each {@code flame-*.html} under the given files or directories (reverse graphs left out): the
 * samples in the graph and the shares of the JIT compiler's threads, the GC's threads and the kernel;
 * the frames with the most samples of their own (self: in a CPU profile, where the CPU was); and among
 * the frames whose name matches {@code --match} (names use {@code /} between packages), those on the
 * most stacks (total: what the CPU was spent for).
 * A single-file program (no build, any JDK 17+); it reads the page's data as async-profiler 3 and 4
 * write it: a prefix-compressed {@code cpool} of frame names, then one call per frame,
 * {@code f(key, level, left, width)}, {@code u(key, width)} for a child, {@code n(key, width)} for a
 * sibling, in depth-first order.
 */
public class FlameSummary {

    /** async-profiler's frame types, the low three bits of a key. */
    private static final String[] TYPES = {"interpreted", "jit", "inlined", "native", "c++", "kernel", "c1"};
    private static final int KERNEL = 5;

    private static final Pattern CALL = Pattern.compile("^([fun])\\(([^)]*)\\)$");

    record Frame(String name, int type, int level, long width) {}

    public static void main(String[] args) throws IOException {
        int top = 12;
        Pattern match = Pattern.compile("^(dev/vtvsreactive|reactor/|io/reactivex|io/netty|java/util/concurrent"
                + "|java/lang/VirtualThread|jdk/internal/vm/Continuation|jdk/internal/net/http)");
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--top" -> top = Integer.parseInt(args[++i]);
                case "--match" -> match = Pattern.compile(args[++i]);
                default -> {
                    try (Stream<Path> found = Files.walk(Path.of(args[i]))) {
                        found.filter(p -> p.getFileName().toString().matches("flame-.*\\.html"))
                                // A reverse graph's stacks start at the leaves: its self column would be wrong.
                                .filter(p -> !p.getFileName().toString().endsWith("-reverse.html"))
                                .sorted().forEach(files::add);
                    }
                }
            }
        }
        if (files.isEmpty()) {
            System.err.println("usage: java cli/FlameSummary.java [--top N] [--match REGEX] DIR-OR-FLAME.html...");
            System.exit(2);
        }
        for (Path file : files) {
            summarize(file, parse(Files.readString(file, StandardCharsets.UTF_8)), top, match);
        }
    }

    /** The frames of one page, in its depth-first order; the first is the root, "all". */
    static List<Frame> parse(String html) {
        int start = html.indexOf("cpool = [");
        int end = html.indexOf("\n];", start);
        if (start < 0 || end < 0) {
            throw new IllegalArgumentException("not an async-profiler flame graph: no cpool");
        }
        List<String> names = new ArrayList<>();
        Matcher literal = Pattern.compile("'((?:[^'\\\\]|\\\\.)*)'").matcher(html.substring(start, end));
        while (literal.find()) {
            String packed = literal.group(1).replace("\\'", "'").replace("\\\\", "\\");
            names.add(names.isEmpty() ? packed
                    : names.get(names.size() - 1).substring(0, packed.charAt(0) - 32) + packed.substring(1));
        }
        List<Frame> frames = new ArrayList<>();
        int level = 0;
        long width = 0;
        for (String line : html.substring(html.indexOf("unpack(cpool);", end)).split("\n")) {
            Matcher call = CALL.matcher(line.strip());
            if (!call.matches()) {
                continue;
            }
            String[] a = call.group(2).split(",");
            int key = Integer.parseInt(a[0].strip());
            switch (call.group(1)) {
                case "f" -> {
                    level = Integer.parseInt(a[1].strip());
                    width = a.length > 3 && !a[3].isBlank() ? Long.parseLong(a[3].strip()) : width;
                }
                case "u" -> {
                    level++;
                    width = a.length > 1 && !a[1].isBlank() ? Long.parseLong(a[1].strip()) : width;
                }
                default -> width = a.length > 1 && !a[1].isBlank() ? Long.parseLong(a[1].strip()) : width;
            }
            frames.add(new Frame(names.get(key >>> 3), key & 7, level, width));
        }
        return frames;
    }

    static void summarize(Path file, List<Frame> frames, int top, Pattern match) {
        long all = frames.get(0).width();
        Map<String, Long> self = new HashMap<>();
        Map<String, Long> total = new HashMap<>();
        Map<String, Integer> types = new HashMap<>();
        // The path from the root to the current frame: a frame's parent is the last one a level up.
        List<Frame> path = new ArrayList<>();
        List<Long> childWidths = new ArrayList<>();
        for (Frame frame : frames) {
            while (path.size() > frame.level()) {
                pop(path, childWidths, self);
            }
            if (!path.isEmpty()) {
                childWidths.set(path.size() - 1, childWidths.get(path.size() - 1) + frame.width());
            }
            // Inclusive samples count once per stack, however often the frame recurs on it.
            Set<String> above = new HashSet<>();
            path.forEach(f -> above.add(f.name()));
            if (!above.contains(frame.name())) {
                total.merge(frame.name(), frame.width(), Long::sum);
            }
            types.putIfAbsent(frame.name(), frame.type());
            path.add(frame);
            childWidths.add(0L);
        }
        while (!path.isEmpty()) {
            pop(path, childWidths, self);
        }
        long kernel = self.entrySet().stream().filter(e -> types.get(e.getKey()) == KERNEL).mapToLong(Map.Entry::getValue).sum();
        System.out.printf("%n== %s%n   %,d samples; JIT compiler threads %.1f%%, GC threads %.1f%%, in the kernel %.1f%%%n",
                file, all, percent(total, all, "CompileBroker::compiler_thread_loop"),
                percent(total, all, "WorkerThread::run", "ConcurrentGCThread::run"), 100.0 * kernel / all);
        System.out.println("   self (on top of the stack; for event=cpu, where the CPU was):");
        print(self, types, all, top, name -> !name.equals("all"));
        System.out.println("   total (anywhere on the stack), frames matching --match:");
        print(total, types, all, top, name -> match.matcher(name).find());
    }

    /** The share of the samples of the named frames (each a thread's outermost frame: they never nest). */
    private static double percent(Map<String, Long> total, long all, String... names) {
        long samples = 0;
        for (String name : names) {
            samples += total.getOrDefault(name, 0L);
        }
        return 100.0 * samples / all;
    }

    private static void pop(List<Frame> path, List<Long> childWidths, Map<String, Long> self) {
        Frame done = path.remove(path.size() - 1);
        long children = childWidths.remove(childWidths.size() - 1);
        if (done.width() > children) {
            self.merge(done.name(), done.width() - children, Long::sum);
        }
    }

    private static void print(Map<String, Long> samples, Map<String, Integer> types, long all, int top,
            java.util.function.Predicate<String> keep) {
        samples.entrySet().stream()
                .filter(e -> keep.test(e.getKey()))
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(top)
                .forEach(e -> System.out.printf("   %5.1f%%  %s  [%s]%n", 100.0 * e.getValue() / all, e.getKey(),
                        TYPES[Math.min(types.get(e.getKey()), TYPES.length - 1)]));
    }
}
