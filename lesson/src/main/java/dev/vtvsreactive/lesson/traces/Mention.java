package dev.vtvsreactive.lesson.traces;

import dev.vtvsreactive.lesson.Labelled;

/** How a stack trace names a method, from the most direct to not at all. */
public enum Mention implements Labelled {

    /** A frame of the method itself: the call was on the stack where an exception of the chain was made. */
    FRAME,
    /** Only a frame of a lambda written in the method, run later by another thread. */
    LAMBDA,
    /** Only in an exception's message: an assembly trace, which records where an operator was built. */
    MESSAGE,
    /** Nowhere. */
    NONE;

    /** Whether a reader of the trace finds the method in it at all. */
    public boolean named() {
        return this != NONE;
    }

    @Override
    public String toString() {
        return label();
    }
}
