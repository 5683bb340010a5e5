package dev.vtvsreactive.cli;

/**
 * A failed run of the lesson's Python code: the run's own error as Python worded it (its
 * exception's type and message), or why the interpreter gave no result (killed past its bound,
 * an unexpected exit status).
 */
final class AsyncioFailure extends RuntimeException {

    AsyncioFailure(String reason) {
        super(reason);
    }
}
