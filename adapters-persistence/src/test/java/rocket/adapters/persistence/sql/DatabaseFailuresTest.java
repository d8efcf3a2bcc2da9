package rocket.adapters.persistence.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.RocketException;

class DatabaseFailuresTest {
    @Test
    void tooManyConnectionsIsA503WithRetryAfterEvenWhenWrapped() {
        SQLException full = new SQLException("sorry, too many clients already", "53300");
        RocketException e = DatabaseFailures.translate(new RuntimeException("pool", full)).orElseThrow();
        assertThat(e.code()).isEqualTo(ErrorCode.SERVICE_UNAVAILABLE);
        assertThat(e.retryAfterSeconds()).isEqualTo(1);
    }

    @Test
    void ordinaryErrorsAreLeftAlone() {
        assertThat(DatabaseFailures.translate(new SQLException("duplicate key", "23505"))).isEmpty();
    }
}
