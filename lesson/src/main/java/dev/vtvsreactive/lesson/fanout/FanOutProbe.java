package dev.vtvsreactive.lesson.fanout;

/**
 * What the tasks of one fan-out tell the harness that measures it, from whatever thread they run
 * on: each calls {@link #started()} as its wait begins and {@link #finished(int)} when it is over.
 */
public interface FanOutProbe {

    /** A task calls this as its wait begins. */
    void started();

    /**
     * A task calls this when its wait is over.
     *
     * @param task the task's index, from 0
     * @return the task's result, which the gather must hand back at that index: the index itself
     */
    int finished(int task);
}
