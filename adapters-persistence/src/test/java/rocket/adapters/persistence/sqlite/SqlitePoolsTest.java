package rocket.adapters.persistence.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rocket.adapters.persistence.sql.PostgresSettings;

/** A SQLite file's pool follows the app pool settings that apply to a file, its size capped for the one writer. */
class SqlitePoolsTest {
    @TempDir
    Path dir;

    private static PostgresSettings.Pools pools(int appSize, Duration acquire) {
        return new PostgresSettings.Pools(10, appSize, acquire, Duration.ZERO, Duration.ofSeconds(10),
                Duration.ofSeconds(15));
    }

    @Test
    void aSmallAppPoolSizeAndTheAcquireTimeoutAreHonoured() throws Exception {
        try (var pool = SqlitePools.open("small", dir.resolve("small.sqlite"), pools(2, Duration.ofMillis(250)),
                new SimpleMeterRegistry());
             Connection first = pool.getConnection();
             Connection second = pool.getConnection()) {
            assertThat(pool.getMaximumPoolSize()).isEqualTo(2);
            assertThat(pool.getIdleTimeout()).isEqualTo(15_000);
            assertThatThrownBy(pool::getConnection).as("a third waits the acquire timeout, then fails")
                    .isInstanceOf(SQLTransientConnectionException.class);
            assertThat(first.isValid(1) && second.isValid(1)).isTrue();
        }
    }

    @Test
    void aLargeAppPoolSizeIsCappedForSqlitesOneWriter() {
        try (var pool = SqlitePools.open("large", dir.resolve("large.sqlite"), pools(50, Duration.ofSeconds(3)),
                new SimpleMeterRegistry())) {
            assertThat(pool.getMaximumPoolSize()).isEqualTo(SqlitePools.MAX_SIZE);
            assertThat(pool.getConnectionTimeout()).isEqualTo(3_000);
        }
    }
}
