package dev.vtvsreactive.lesson;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;

/**
 * Where the lesson's {@code print(...)} lines go. Every line becomes an {@link Event} stamped with
 * the time since this narrator was made and the thread that said it, then handed to a listener:
 * a console printer in the CLI, a collector in tests.
 *
 * <p>Thread-safe: the models say lines from whatever thread their work runs on.
 */
public final class Narrator {

    /** One printed line, {@code at} after the narrator's origin, said on {@code thread}. */
    public record Event(Duration at, String line, String thread) {
        public long atMillis() {
            return at.toMillis();
        }
    }

    private final long origin = System.nanoTime();
    private final Consumer<Event> listener;

    public Narrator(Consumer<Event> listener) {
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /** A narrator that keeps every event, in the order they were said, for {@link Recording#events()}. */
    public static Recording recording() {
        return new Recording();
    }

    public void say(String line) {
        listener.accept(new Event(Duration.ofNanos(System.nanoTime() - origin), line, threadName(Thread.currentThread())));
    }

    /**
     * The thread's name, or for an unnamed virtual thread {@code virtual#<id>}: its {@code toString}
     * names the carrier it happens to be mounted on, which changes across a sleep.
     */
    private static String threadName(Thread thread) {
        if (!thread.getName().isEmpty()) {
            return thread.getName();
        }
        return (thread.isVirtual() ? "virtual#" : "thread#") + thread.threadId();
    }

    /** A narrator with its collected events. */
    public static final class Recording {
        private final ConcurrentLinkedQueue<Event> events = new ConcurrentLinkedQueue<>();
        private final Narrator narrator = new Narrator(events::add);

        public Narrator narrator() {
            return narrator;
        }

        public List<Event> events() {
            return List.copyOf(events);
        }

        public List<String> lines() {
            return events.stream().map(Event::line).toList();
        }
    }
}
