package dev.vtvsreactive.lesson.context;

import java.util.Optional;

/**
 * One logged line as the log has it: its text, the request id in its MDC, if any, and the thread
 * that wrote it.
 */
public record RequestLine(String message, Optional<String> requestId, String thread) {
}
