package dev.vtvsreactive.lesson.context;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

/** The MDC handed from thread to thread, and the running thread's own given back: nothing stays on a pooled thread. */
class MdcCarrierTest {

    private final ExecutorService pool = Executors.newSingleThreadExecutor();

    @AfterEach
    void shutDown() {
        pool.shutdownNow();
        MDC.clear();
    }

    @Test
    void workRunsWithTheMdcOfTheThreadThatHandedItOverAndThePooledThreadIsLeftAsItWas() throws Exception {
        pool.submit(() -> MDC.put("pooled", "own")).get();
        MDC.put(RequestLog.KEY, "r1");
        AtomicReference<Map<String, String>> seen = new AtomicReference<>();
        Runnable carried = MdcCarrier.carried(() -> seen.set(MDC.getCopyOfContextMap()));
        MDC.clear();

        pool.submit(carried).get();

        assertThat(seen.get()).isEqualTo(Map.of(RequestLog.KEY, "r1"));
        assertThat(pool.submit(MDC::getCopyOfContextMap).get()).isEqualTo(Map.of("pooled", "own"));
    }

    @Test
    void aCallableCarriesItsMdcAndWorkHandedOverWithNoneRunsWithNone() throws Exception {
        MDC.put(RequestLog.KEY, "r2");
        Future<String> seen = pool.submit(MdcCarrier.carried(() -> MDC.get(RequestLog.KEY)));
        assertThat(seen.get()).isEqualTo("r2");

        pool.submit(MdcCarrier.carried(() -> MDC.put(RequestLog.KEY, "left behind"))).get();
        MDC.clear();
        AtomicReference<String> none = new AtomicReference<>("unset");
        pool.submit(MdcCarrier.carried(() -> none.set(MDC.get(RequestLog.KEY)))).get();

        assertThat(none.get()).isNull();
    }

    @Test
    void aCapturingExecutorRunsEveryTaskWithTheMdcItWasMadeWithWhoeverHandsItOver() throws Exception {
        MDC.put(RequestLog.KEY, "r3");
        var executor = MdcCarrier.capturing(pool);
        MDC.clear();
        AtomicReference<String> seen = new AtomicReference<>();

        Thread other = Thread.ofPlatform().start(() -> executor.execute(() -> seen.set(MDC.get(RequestLog.KEY))));
        other.join();
        pool.submit(() -> {
        }).get();

        assertThat(seen.get()).isEqualTo("r3");
        assertThat(pool.submit(() -> MDC.get(RequestLog.KEY)).get()).isNull();
    }
}
