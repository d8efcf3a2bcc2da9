package rocket.application.events.port.out;

/**
 * Told about every SQL statement an app database ran (on the thread that ran it), so a traced request can show its
 * queries as spans. {@code sql} is the statement text with placeholders (never bound values).
 */
@FunctionalInterface
public interface QueryObserver {
    void executed(String sql, long nanos, boolean failed);

    QueryObserver NONE = (sql, nanos, failed) -> { };
}
