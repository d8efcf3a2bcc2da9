package rocket.adapters.persistence.records;

import java.sql.SQLException;
import java.util.function.Supplier;
import org.jooq.exception.DataAccessException;
import rocket.adapters.persistence.sql.SqlStates;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.RocketException;

/** Maps database rejections a client caused to the contract's errors instead of a 500. */
final class WriteErrors {
    private WriteErrors() {
    }

    static <T> T translate(Supplier<T> statement) {
        try {
            return statement.get();
        } catch (DataAccessException e) {
            SQLException sql = e.getCause(SQLException.class);
            String state = sql == null ? "" : SqlStates.of(sql);
            if (state.equals(SqlStates.UNIQUE_VIOLATION)) {
                throw RocketException.of(ErrorCode.CONFLICT, "A record with this value already exists");
            }
            if (state.equals(SqlStates.NOT_NULL_VIOLATION)) {
                throw RocketException.of(ErrorCode.VALIDATION_FAILED, "A required value is missing");
            }
            if (state.startsWith("22")) {
                throw RocketException.of(ErrorCode.VALIDATION_FAILED, "A value is out of range or malformed");
            }
            throw e;
        }
    }
}
