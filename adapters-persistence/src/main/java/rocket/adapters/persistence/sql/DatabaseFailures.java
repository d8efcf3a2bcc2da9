package rocket.adapters.persistence.sql;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.RocketException;

/**
 * Turns "the database cannot serve this now" into {@code 503 SERVICE_UNAVAILABLE} instead of a 500: no connection
 * within the acquire timeout (pool exhausted, server down), a connection lost mid-statement, the server shutting
 * down or out of connection slots, or a statement cancelled by the statement timeout.
 */
final class DatabaseFailures implements ExecuteListener {
    private static final long RETRY_AFTER_SECONDS = 1;

    @Override
    public void exception(ExecuteContext ctx) {
        SQLException sql = ctx.sqlException();
        if (sql != null) {
            translate(sql).ifPresent(ctx::exception);
        }
    }

    /** The 503 this failure means, or empty when it is an ordinary error (constraint, syntax, ...). */
    static Optional<RocketException> translate(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException) {
                return Optional.of(RocketException.retryLater(ErrorCode.SERVICE_UNAVAILABLE,
                        "The database is busy or unreachable; try again shortly", RETRY_AFTER_SECONDS));
            }
            if (t instanceof SQLException sql) {
                String state = SqlStates.of(sql);
                if (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03")) {
                    return Optional.of(RocketException.retryLater(ErrorCode.SERVICE_UNAVAILABLE,
                            "The database connection failed; try again shortly", RETRY_AFTER_SECONDS));
                }
                if (state.equals("53300")) { // too_many_connections: max_connections is reached server-wide
                    return Optional.of(RocketException.retryLater(ErrorCode.SERVICE_UNAVAILABLE,
                            "The database has no free connection slot; try again shortly", RETRY_AFTER_SECONDS));
                }
                if (state.equals(SqlStates.LOCK_NOT_AVAILABLE)) { // SQLite: another writer held the file too long
                    return Optional.of(RocketException.retryLater(ErrorCode.SERVICE_UNAVAILABLE,
                            "The database is busy with another write; try again shortly", RETRY_AFTER_SECONDS));
                }
                if (state.equals("57014")) {
                    return Optional.of(RocketException.of(ErrorCode.SERVICE_UNAVAILABLE,
                            "The query ran longer than the statement timeout and was cancelled"));
                }
            }
        }
        return Optional.empty();
    }
}
