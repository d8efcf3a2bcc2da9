package rocket.adapters.persistence.sql;

import java.sql.SQLException;
import org.sqlite.SQLiteException;

/**
 * The SQLSTATE of a driver's failure. SQLite reports result codes instead; the few that mean a client's mistake or a
 * busy database are read as the PostgreSQL states of the same meaning, so every error mapping is written once.
 */
public final class SqlStates {
    public static final String UNIQUE_VIOLATION = "23505";
    public static final String NOT_NULL_VIOLATION = "23502";
    /** lock_not_available: SQLite's write lock stayed taken for the whole busy timeout. */
    public static final String LOCK_NOT_AVAILABLE = "55P03";

    private SqlStates() {
    }

    /** The state, or the empty string when the driver gave none. */
    public static String of(SQLException failure) {
        if (failure instanceof SQLiteException sqlite && sqlite.getResultCode() != null) {
            return switch (sqlite.getResultCode()) {
                case SQLITE_CONSTRAINT_UNIQUE, SQLITE_CONSTRAINT_PRIMARYKEY -> UNIQUE_VIOLATION;
                case SQLITE_CONSTRAINT_NOTNULL -> NOT_NULL_VIOLATION;
                case SQLITE_BUSY, SQLITE_BUSY_RECOVERY, SQLITE_BUSY_SNAPSHOT, SQLITE_BUSY_TIMEOUT, SQLITE_LOCKED,
                     SQLITE_LOCKED_SHAREDCACHE -> LOCK_NOT_AVAILABLE;
                default -> "";
            };
        }
        return failure.getSQLState() == null ? "" : failure.getSQLState();
    }
}
