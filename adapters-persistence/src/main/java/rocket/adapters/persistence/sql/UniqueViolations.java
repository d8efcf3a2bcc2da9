package rocket.adapters.persistence.sql;

import java.sql.SQLException;
import java.util.function.Supplier;
import org.jooq.exception.DataAccessException;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.RocketException;

/** Turns PostgreSQL's unique violation (SQLSTATE 23505) into the contract's 409 CONFLICT. */
public final class UniqueViolations {
    private static final String UNIQUE_VIOLATION = "23505";

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
        return sql != null && UNIQUE_VIOLATION.equals(sql.getSQLState());
    }
}
