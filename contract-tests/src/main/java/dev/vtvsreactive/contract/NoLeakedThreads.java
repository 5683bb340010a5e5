package dev.vtvsreactive.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.management.HotSpotDiagnosticMXBean;
import dev.vtvsreactive.lesson.http.LessonJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import tools.jackson.databind.JsonNode;

/**
 * Fails a test that leaves a thread behind: after the test and its {@code @AfterEach} methods (which
 * close the model), every thread started during the test, platform or virtual, must have ended
 * within {@link #BOUND}. Virtual threads are not in {@link Thread#getAllStackTraces()}; they are
 * read from a JSON thread dump ({@link HotSpotDiagnosticMXBean#dumpThreads}), which lists every live
 * thread, virtual ones included.
 *
 * <p>The workers of process-wide pools ({@link #SHARED_POOLS}) are not leaks: each pool is started
 * once, on first use, and shared by every later test and every model instance.
 */
public final class NoLeakedThreads implements BeforeEachCallback, AfterEachCallback {

    static final Duration BOUND = Duration.ofSeconds(10);

    /** Name prefixes of the threads of process-wide pools, started once and shared. */
    static final List<String> SHARED_POOLS = List.of(
            "ForkJoinPool", // the common pool, and the carriers of virtual threads
            "CompletableFutureDelayScheduler",
            "VirtualThread-unblocker", "MasterPoller", "SubPoller-", // the I/O pollers of virtual threads
            "parallel-", "single-", "boundedElastic-", // Reactor's Schedulers
            "RxComputationThreadPool-", "RxSingleScheduler-", "RxCachedThreadScheduler-",
            "RxCachedWorkerPoolEvictor-", "RxSchedulerPurge-", // RxJava's Schedulers
            // Netty's GlobalEventExecutor: every event loop group reports its termination through it,
            // and its one thread then idles for Netty's quiet period (1 s at the least) before it ends.
            "globalEventExecutor-",
            "junit-jupiter-timeout-watcher", "Attach Listener", "Common-Cleaner", "Notification Thread");

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(NoLeakedThreads.class);

    /** A live thread: its id, its name (empty for most virtual threads), and whether it is virtual. */
    record LiveThread(long id, String name, boolean virtual) {
        boolean shared() {
            return SHARED_POOLS.stream().anyMatch(name::startsWith);
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        Set<Long> baseline = liveThreads().stream().map(LiveThread::id).collect(Collectors.toSet());
        context.getStore(NAMESPACE).put(context.getUniqueId(), baseline);
    }

    @Override
    @SuppressWarnings("unchecked")
    public void afterEach(ExtensionContext context) {
        Set<Long> baseline = (Set<Long>) context.getStore(NAMESPACE).remove(context.getUniqueId());
        // Polled on this thread: Awaitility's own poller thread would count as a leak.
        await().atMost(BOUND).pollInSameThread().pollInterval(Duration.ofMillis(50)).untilAsserted(() -> assertThat(
                liveThreads().stream().filter(thread -> !baseline.contains(thread.id()) && !thread.shared()).toList())
                .as("threads started by the test and still alive %s after it", BOUND)
                .isEmpty());
    }

    /** Every live thread, virtual ones included, from a JSON thread dump. */
    static List<LiveThread> liveThreads() {
        try {
            Path dump = Files.createTempFile("threads", ".json");
            try {
                Files.delete(dump); // dumpThreads refuses to overwrite
                ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class)
                        .dumpThreads(dump.toString(), HotSpotDiagnosticMXBean.ThreadDumpFormat.JSON);
                List<LiveThread> threads = new ArrayList<>();
                for (JsonNode container : LessonJson.MAPPER.readTree(dump.toFile()).path("threadDump").path("threadContainers")) {
                    for (JsonNode thread : container.path("threads")) {
                        threads.add(new LiveThread(thread.path("tid").asLong(), thread.path("name").asString(),
                                thread.path("virtual").asBoolean(false)));
                    }
                }
                return threads;
            } finally {
                Files.deleteIfExists(dump);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot take a thread dump to look for leaked threads", e);
        }
    }
}
