package dev.vtvsreactive.cli;

import dev.vtvsreactive.lesson.Narrator;
import dev.vtvsreactive.lesson.Narrator.Event;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The lesson lines of one run. Each event is restamped from the moment the run {@linkplain #start
 * started} rather than from when the model was built, so that offsets read as time into the
 * scenario; it is kept, and handed on at once to a live listener.
 *
 * <p>Thread-safe: models say lines from their own threads. Recording and handing on happen under
 * one lock, so the kept order, the printed order and the offsets all agree.
 */
final class RunRecording {

    private final List<Event> events = new ArrayList<>();
    private final Consumer<Event> live;
    private final Narrator narrator = new Narrator(this::record);
    private long startNanos = System.nanoTime();

    RunRecording(Consumer<Event> live) {
        this.live = live;
    }

    /** The narrator to build the run's model with. */
    Narrator narrator() {
        return narrator;
    }

    /** Marks time zero of the run's offsets. */
    synchronized void start() {
        startNanos = System.nanoTime();
    }

    /** The events so far, in the order they were said. */
    synchronized List<Event> events() {
        return List.copyOf(events);
    }

    private synchronized void record(Event said) {
        Event event = new Event(Duration.ofNanos(System.nanoTime() - startNanos), said.line(), said.thread());
        events.add(event);
        live.accept(event);
    }
}
