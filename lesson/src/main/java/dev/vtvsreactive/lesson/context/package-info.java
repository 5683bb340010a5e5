/**
 * Context propagation: a request id set in the MDC of the thread a request starts on, carried by
 * each model to the log lines its tasks and callbacks write, and read back to see which line got it.
 */
package dev.vtvsreactive.lesson.context;
