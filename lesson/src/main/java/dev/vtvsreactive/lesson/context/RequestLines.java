package dev.vtvsreactive.lesson.context;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.UnsynchronizedAppenderBase;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.slf4j.LoggerFactory;

/**
 * The lines {@link RequestLog} writes while this is open, read back from Logback with the MDC each
 * one carried, as an appender sees them. While open, the log's lines go here only (not to the
 * console). Logback must be what SLF4J is bound to: whoever reads the lines depends on
 * {@code logback-classic}; the models do not.
 */
public final class RequestLines implements AutoCloseable {

    private final Logger logger;
    private final Level level;
    private final boolean additive;
    private final ConcurrentLinkedQueue<RequestLine> lines = new ConcurrentLinkedQueue<>();
    private final UnsynchronizedAppenderBase<ILoggingEvent> appender = new UnsynchronizedAppenderBase<>() {
        /** Reads the event's MDC here, on the logging thread: an event reads it lazily, on whichever thread asks first. */
        @Override
        protected void append(ILoggingEvent event) {
            lines.add(new RequestLine(event.getFormattedMessage(),
                    Optional.ofNullable(event.getMDCPropertyMap().get(RequestLog.KEY)), event.getThreadName()));
        }
    };

    private RequestLines(Logger logger) {
        this.logger = logger;
        this.level = logger.getLevel();
        this.additive = logger.isAdditive();
        appender.setContext(logger.getLoggerContext());
        appender.setName("request-lines");
        appender.start();
        logger.setLevel(Level.INFO);
        logger.setAdditive(false);
        logger.addAppender(appender);
    }

    /**
     * Starts collecting.
     *
     * @throws IllegalStateException if SLF4J is not bound to Logback, naming what it is bound to
     */
    public static RequestLines collect() {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            throw new IllegalStateException("the request-id lines are read through Logback, but SLF4J is bound to "
                    + LoggerFactory.getILoggerFactory().getClass().getName() + ": put logback-classic on the class path");
        }
        return new RequestLines(context.getLogger(RequestLog.LOGGER));
    }

    /** The lines logged so far, in the order the log took them. */
    public List<RequestLine> lines() {
        return List.copyOf(lines);
    }

    /** Stops collecting, and gives the logger back its level and additivity. */
    @Override
    public void close() {
        logger.detachAppender(appender);
        appender.stop();
        logger.setLevel(level);
        logger.setAdditive(additive);
    }
}
