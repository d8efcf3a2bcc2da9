package rocket.adapters.persistence.sql;

import java.sql.SQLException;
import java.util.function.Supplier;
import org.jooq.exception.DataAccessException;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.RocketException;

/** Turns a unique violation (SQLSTATE 23505, or SQLite's UNIQUE/PRIMARY KEY constraint) into the contract's 409 CONFLICT. */
public final class UniqueViolations {
    private UniqueViolations() {
    }

    public static <T> T asConflict(String message, Supplier<T> statement) {
        try {
            return statement.get();
        } catch (DataAccessException e) {
            if (isUniqueViolation(e)) {
                throw RocketException.of(ErrorCode.CONFLICT, message);
            }
            throw e;
        }
    }

    public static boolean isUniqueViolation(DataAccessException e) {
        SQLException sql = e.getCause(SQLException.class);
        return sql != null && SqlStates.UNIQUE_VIOLATION.equals(SqlStates.of(sql));
    }
}
