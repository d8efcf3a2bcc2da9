package rocket.adapters.persistence.sql;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import rocket.application.apps.port.out.PoolState;
import rocket.application.health.port.out.ManagementDatabaseProbe;

/**
 * Probes a database through its pool: a connection and a validation round trip, on a virtual thread so the caller
 * waits at most the timeout (an abandoned attempt ends by the pool's acquire timeout and returns its connection).
 */
public final class PoolProbe implements ManagementDatabaseProbe {
    private final HikariDataSource pool;

    public PoolProbe(HikariDataSource pool) {
        this.pool = pool;
    }

    @Override
    public boolean answers(Duration timeout) {
        int validationSeconds = (int) Math.max(1, timeout.toSeconds());
        CompletableFuture<Boolean> attempt = new CompletableFuture<>();
        Thread.ofVirtual().name("rocket-readiness-probe").start(() -> {
            try (Connection connection = pool.getConnection()) {
                attempt.complete(connection.isValid(validationSeconds));
            } catch (SQLException | RuntimeException e) {
                attempt.complete(false);
            }
        });
        try {
            return attempt.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public PoolState pool() {
        return PoolStates.of(pool);
    }
}
