package rocket.adapters.persistence.sql;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Connection;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.RocketException;

/**
 * Builds the HikariCP pools. The management pool keeps two idle connections; app pools keep none, so a server
 * with many mostly idle apps holds connections only for the apps in use (they retire after the configured idle time,
 * 30 s by default, checked by HikariCP every 30 s).
 */
public final class ConnectionPools {
    private static final Logger LOG = LoggerFactory.getLogger(ConnectionPools.class);
    private static final int MANAGEMENT_MIN_IDLE = 2;
    private static final int REPLICA_MAX_SIZE = 10;
    private static final Duration REPLICA_ACQUIRE_TIMEOUT = Duration.ofSeconds(1);
    /** The isolation level every pooled connection is lent at (PostgreSQL's default, stated so it is known). */
    static final int ISOLATION = Connection.TRANSACTION_READ_COMMITTED;

    private ConnectionPools() {
    }

    public static HikariDataSource management(PostgresSettings settings, MeterRegistry metrics) {
        int size = settings.pools().managementSize();
        return open(settings, settings.managementDatabase(), size, Math.min(MANAGEMENT_MIN_IDLE, size),
                Duration.ofMinutes(5), metrics);
    }

    /**
     * An app's pool. Failing to open it (server down or out of connection slots, the database gone) is a
     * {@code 503} for the request that needed it, never a 500: the next request tries again. The management pool
     * is not translated so: its failure stops the start, and the message names the driver's reason.
     */
    public static HikariDataSource app(PostgresSettings settings, String database, MeterRegistry metrics) {
        try {
            return open(settings, database, settings.pools().appSize(), 0, settings.pools().appIdleTimeout(), metrics);
        } catch (RuntimeException e) {
            LOG.warn("Cannot open a pool on {}: {}", settings.describe(database), e.getMessage());
            throw DatabaseFailures.translate(e).orElseGet(() -> RocketException.retryLater(
                    ErrorCode.SERVICE_UNAVAILABLE, "The app's database cannot be opened; try again shortly", 1));
        }
    }

    /**
     * An app's pool on the read replica ({@code replica} names the server; the database has the app's name there
     * too): small, read-only, and opened without connecting, so a replica that is down costs the read that finds out
     * at most {@link #REPLICA_ACQUIRE_TIMEOUT} before it goes to the primary.
     */
    public static HikariDataSource replica(PostgresSettings replica, String database, MeterRegistry metrics) {
        HikariConfig config = config(replica, database, Math.min(REPLICA_MAX_SIZE, replica.pools().appSize()), 0,
                replica.pools().appIdleTimeout(), metrics);
        config.setPoolName("rocket-replica-" + database);
        config.setReadOnly(true);
        config.setConnectionTimeout(Math.min(REPLICA_ACQUIRE_TIMEOUT.toMillis(), config.getConnectionTimeout()));
        config.setInitializationFailTimeout(-1);
        return new HikariDataSource(config);
    }

    private static HikariDataSource open(PostgresSettings settings, String database, int maxSize, int minIdle,
                                         Duration idleTimeout, MeterRegistry metrics) {
        return new HikariDataSource(config(settings, database, maxSize, minIdle, idleTimeout, metrics));
    }

    /** Pool gauges (active, idle, pending, max) go to {@code metrics} as {@code hikaricp_connections_*{pool=…}}. */
    private static HikariConfig config(PostgresSettings settings, String database, int maxSize, int minIdle,
                                       Duration idleTimeout, MeterRegistry metrics) {
        HikariConfig config = new HikariConfig();
        config.setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(metrics));
        config.setPoolName("rocket-" + database);
        config.setJdbcUrl(settings.jdbcUrl(database));
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.setTransactionIsolation("TRANSACTION_READ_COMMITTED"); // = ISOLATION
        config.setMaximumPoolSize(maxSize);
        config.setMinimumIdle(minIdle);
        config.setIdleTimeout(idleTimeout.toMillis());
        // a request waits this long for a connection, then is answered 503 (see DatabaseAvailability)
        config.setConnectionTimeout(settings.pools().acquireTimeout().toMillis());
        long statementMillis = settings.pools().statementTimeout().toMillis();
        if (statementMillis > 0) {
            config.setConnectionInitSql("SET statement_timeout = " + statementMillis); // a number from configuration
        }
        // a database that does not answer fails the pool's creation within the configured connect timeout
        config.setInitializationFailTimeout(settings.pools().connectTimeout().toMillis());
        return config;
    }
}
