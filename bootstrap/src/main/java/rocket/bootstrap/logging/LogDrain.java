package rocket.bootstrap.logging;

import ch.qos.logback.classic.LoggerContext;
import org.slf4j.LoggerFactory;

/** Stops logging last: the asynchronous appender writes what is still queued, the stop's own lines included. */
public final class LogDrain {
    private LogDrain() {
    }

    public static void drain() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            context.stop();
        }
    }
}
