package dev.vtvsreactive.bench.profile;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import com.sun.management.OperatingSystemMXBean;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.invoke.MethodHandle;
import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.Optional;

/**
 * The CPU time of this process so far (user and system, every thread, those that have ended
 * included), in nanoseconds, to the nanosecond where the platform allows.
 *
 * <p>The JDK's {@link OperatingSystemMXBean#getProcessCpuTime()} reads it with {@code times(2)} on
 * Linux, in clock ticks of 10 ms: an iteration that burns 30 ms of CPU reads as 20, 30 or 40. On
 * 64-bit Linux this clock asks the kernel for {@code clock_gettime(CLOCK_PROCESS_CPUTIME_ID)}
 * instead, through the JDK's foreign-function API (run with {@code --enable-native-access=ALL-UNNAMED}
 * to keep the JDK from warning about it); elsewhere it falls back on the MXBean. {@link #source}
 * says which it reads.
 */
public final class ProcessCpuClock {

    /** Linux's {@code CLOCK_PROCESS_CPUTIME_ID}. */
    private static final int CLOCK_PROCESS_CPUTIME_ID = 2;
    private static final StructLayout TIMESPEC = MemoryLayout.structLayout(
            JAVA_LONG.withName("tv_sec"), JAVA_LONG.withName("tv_nsec"));
    private static final Optional<MethodHandle> CLOCK_GETTIME = clockGettime();
    private static final OperatingSystemMXBean OS = ManagementFactory.getPlatformMXBean(OperatingSystemMXBean.class);

    private final MemorySegment timespec = CLOCK_GETTIME.isPresent() ? Arena.ofAuto().allocate(TIMESPEC) : MemorySegment.NULL;

    /**
     * The process's CPU time so far, in nanoseconds; -1 where the platform does not report it.
     * One clock reads from one thread at a time.
     */
    public long nanos() {
        if (CLOCK_GETTIME.isEmpty()) {
            return OS.getProcessCpuTime();
        }
        try {
            int status = (int) CLOCK_GETTIME.get().invokeExact(CLOCK_PROCESS_CPUTIME_ID, timespec);
            return status == 0 ? timespec.get(JAVA_LONG, 0) * 1_000_000_000L + timespec.get(JAVA_LONG, 8) : -1;
        } catch (Throwable e) {
            throw new IllegalStateException("clock_gettime(CLOCK_PROCESS_CPUTIME_ID) failed", e);
        }
    }

    /** What it reads, for a report's environment. */
    public static String source() {
        return CLOCK_GETTIME.isPresent()
                ? "clock_gettime(CLOCK_PROCESS_CPUTIME_ID), in nanoseconds"
                : "OperatingSystemMXBean.getProcessCpuTime(), in the platform's ticks";
    }

    private static Optional<MethodHandle> clockGettime() {
        boolean linux64 = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("linux")
                && "64".equals(System.getProperty("sun.arch.data.model"));
        if (!linux64) {
            return Optional.empty();
        }
        Linker linker = Linker.nativeLinker();
        return linker.defaultLookup().find("clock_gettime").map(address ->
                linker.downcallHandle(address, FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS)));
    }
}
