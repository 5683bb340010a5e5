package dev.vtvsreactive.lesson.context;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import org.slf4j.MDC;

/**
 * The MDC carried by hand from one thread to another, as SLF4J's users do it: captured where work
 * is handed over ({@link MDC#getCopyOfContextMap()}), set around the work where it runs, and the
 * running thread's own MDC given back afterwards, so that nothing stays on a pooled thread.
 */
public final class MdcCarrier {

    private MdcCarrier() {
    }

    /** {@code work}, to run with the MDC of the thread calling this. */
    public static Runnable carried(Runnable work) {
        Objects.requireNonNull(work, "work");
        Map<String, String> captured = MDC.getCopyOfContextMap();
        return () -> runWith(captured, work);
    }

    /** {@code work}, to run with the MDC of the thread calling this. */
    public static <T> Callable<T> carried(Callable<T> work) {
        Objects.requireNonNull(work, "work");
        Map<String, String> captured = MDC.getCopyOfContextMap();
        return () -> {
            Map<String, String> own = swap(captured);
            try {
                return work.call();
            } finally {
                swap(own);
            }
        };
    }

    /**
     * An executor that runs every task on {@code executor} with the MDC of the thread calling this
     * now, whichever thread hands the task over later: a callback's completing thread has no MDC
     * of the request's to capture.
     */
    public static Executor capturing(Executor executor) {
        Objects.requireNonNull(executor, "executor");
        Map<String, String> captured = MDC.getCopyOfContextMap();
        return task -> executor.execute(() -> runWith(captured, task));
    }

    private static void runWith(Map<String, String> captured, Runnable work) {
        Map<String, String> own = swap(captured);
        try {
            work.run();
        } finally {
            swap(own);
        }
    }

    /** Sets the MDC to {@code mdc} (none if null) and returns the one it replaced. */
    private static Map<String, String> swap(Map<String, String> mdc) {
        Map<String, String> replaced = MDC.getCopyOfContextMap();
        if (mdc == null || mdc.isEmpty()) {
            MDC.clear();
        } else {
            MDC.setContextMap(mdc);
        }
        return replaced;
    }
}
