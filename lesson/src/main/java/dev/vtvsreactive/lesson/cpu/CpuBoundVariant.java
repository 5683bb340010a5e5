package dev.vtvsreactive.lesson.cpu;

import dev.vtvsreactive.lesson.Labelled;

/** Where a model runs the CPU-bound task of the experiment, relative to its single loop. */
public enum CpuBoundVariant implements Labelled {

    /** On the loop itself, as a naive handler would: the loop can do nothing else until it is done. */
    BLOCKED,
    /**
     * On the loop, calling {@link Thread#yield()} every {@value CpuWork#CHECKPOINT_EVERY} numbers:
     * whether cooperative yielding lets the loop's other work in (virtual threads only, where a
     * yield gives the carrier back to the scheduler).
     */
    BLOCKED_YIELD,
    /** Handed to a pool meant for CPU work, in the model's own idiom; the loop stays free. */
    FIXED;

    private static final Runnable NOTHING = () -> {
    };

    /** Whether the CPU task leaves the loop. */
    public boolean offloaded() {
        return this == FIXED;
    }

    /** What the CPU task does at each checkpoint of its loop. */
    public Runnable checkpoint() {
        return this == BLOCKED_YIELD ? Thread::yield : NOTHING;
    }

    /**
     * The variant labelled {@code label}.
     *
     * @throws IllegalArgumentException naming the label and the known ones
     */
    public static CpuBoundVariant of(String label) {
        return Labelled.byLabel(values(), label, "variant");
    }

    @Override
    public String toString() {
        return label();
    }
}
