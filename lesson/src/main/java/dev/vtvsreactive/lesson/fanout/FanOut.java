package dev.vtvsreactive.lesson.fanout;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Future;

/**
 * One model's fan-out, for one {@link FanOutVariant}: N tasks that each wait, all at once, their
 * results gathered in order, as {@code asyncio.gather} does for the lesson's three. The harness
 * decides N and the wait, and measures; the fan-out only starts the tasks on the model's own
 * timers or threads and hands back a {@link Future} of their results.
 *
 * <p>Made fresh for each child JVM by a {@link FanOutFactory}, used for every run in it, and
 * closed after them.
 */
public interface FanOut extends AutoCloseable {

    /** How the variant is written, in the model's words, e.g. {@code "Mono.zip over N Mono.delay"}. */
    String wiring();

    /**
     * Starts {@code tasks} tasks at once, each of which calls {@code probe.started()}, waits
     * {@code wait} and ends with {@code probe.finished(index)}.
     *
     * @return the values of {@code probe.finished}, in task order: {@code 0, 1, ..., tasks - 1}
     */
    Future<List<Integer>> gather(int tasks, Duration wait, FanOutProbe probe);

    /** Shuts down, with a bounded wait, every scheduler, executor or thread this fan-out made. */
    @Override
    void close();
}
