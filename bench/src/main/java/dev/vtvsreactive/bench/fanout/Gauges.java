package dev.vtvsreactive.bench.fanout;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.management.JMException;
import javax.management.MalformedObjectNameException;
import javax.management.ObjectName;

/**
 * What the harness reads of this JVM and its process: the heap through the platform MXBeans; the
 * memory threads take outside it through Native Memory Tracking, where the JVM runs with it;
 * resident memory from {@code /proc/self/status} where there is one (Linux), whose peak
 * {@code /proc/self/clear_refs} resets.
 */
final class Gauges {

    private static final Path STATUS = Path.of("/proc/self/status");
    private static final Path CLEAR_REFS = Path.of("/proc/self/clear_refs");
    /** Written to {@code clear_refs}: resets the peak resident set size ({@code VmHWM}) to the current one. */
    private static final String RESET_PEAK_RSS = "5";
    private static final ObjectName DIAGNOSTIC_COMMAND = objectName("com.sun.management:type=DiagnosticCommand");
    /** The {@code Thread} line of a Native Memory Tracking summary: {@code "-  Thread (reserved=18490KB, committed=750KB)"} */
    private static final Pattern NMT_THREAD = Pattern.compile("(?m)^-\\s+Thread \\(.*?committed=(\\d+)KB");

    private Gauges() {
    }

    /** The heap in use after a full, explicit GC: what is live. */
    static long heapUsedAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /**
     * The memory committed for threads outside the heap, their stacks and the JVM's structures for
     * them, as Native Memory Tracking counts its {@code Thread} category; null when it is off.
     */
    static Long threadNativeBytes() {
        try {
            Object[] arguments = {new String[] {"summary", "scale=KB"}};
            String summary = (String) ManagementFactory.getPlatformMBeanServer()
                    .invoke(DIAGNOSTIC_COMMAND, "vmNativeMemory", arguments, new String[] {String[].class.getName()});
            Matcher thread = NMT_THREAD.matcher(summary);
            return thread.find() ? Long.parseLong(thread.group(1)) * 1024 : null;
        } catch (JMException e) {
            return null;
        }
    }

    /**
     * Resets the peaks {@link #peaks} reads: live platform threads, every heap pool's usage and,
     * where it can, the process's resident memory.
     *
     * @return whether the resident memory's peak was reset
     */
    static boolean resetPeaks() {
        ManagementFactory.getThreadMXBean().resetPeakThreadCount();
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
        try {
            Files.writeString(CLEAR_REFS, RESET_PEAK_RSS, StandardOpenOption.WRITE);
            return true;
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false; // Not Linux, or not allowed: the peak then covers the JVM's life, and says so.
        }
    }

    /** The peaks since {@link #resetPeaks}. */
    static FanOutRun.Peaks peaks(boolean rssSinceReset) {
        long heap = heapPools().stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        return new FanOutRun.Peaks(heap, status("VmHWM:").orElse(null), rssSinceReset,
                ManagementFactory.getThreadMXBean().getPeakThreadCount());
    }

    /** The system's load average over the last minute; negative where the JVM cannot tell. */
    static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /** How long each garbage collector has worked since the JVM started, in milliseconds, by its name. */
    static Map<String, Long> collectionTimes() {
        Map<String, Long> times = new LinkedHashMap<>();
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            times.put(collector.getName(), collector.getCollectionTime());
        }
        return times;
    }

    /** How long each garbage collector has worked since {@code before} was read with {@link #collectionTimes()}. */
    static Map<String, Long> collectionTimesSince(Map<String, Long> before) {
        Map<String, Long> since = collectionTimes();
        since.replaceAll((collector, time) -> time - before.getOrDefault(collector, 0L));
        return since;
    }

    /** The names of this JVM's garbage collectors. */
    static List<String> collectors() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().map(GarbageCollectorMXBean::getName).toList();
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP).toList();
    }

    private static ObjectName objectName(String name) {
        try {
            return new ObjectName(name);
        } catch (MalformedObjectNameException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** A size field of {@code /proc/self/status}, such as {@code "VmRSS:    1764 kB"}, in bytes. */
    private static Optional<Long> status(String field) {
        try {
            return Files.readAllLines(STATUS).stream()
                    .filter(line -> line.startsWith(field))
                    .findFirst()
                    .map(line -> Long.parseLong(line.substring(field.length()).replace("kB", "").strip()) * 1024);
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
