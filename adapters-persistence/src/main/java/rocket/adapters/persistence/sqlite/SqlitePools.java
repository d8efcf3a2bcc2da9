package rocket.adapters.persistence.sqlite;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Path;
import java.time.Duration;
import rocket.adapters.persistence.sql.SqliteContexts;

/**
 * The pool on one SQLite file, over {@link SqliteContexts#dataSource}'s connections (WAL with
 * {@code synchronous=FULL}, foreign keys, busy timeout, {@code IMMEDIATE} transactions: see there).
 */
final class SqlitePools {
    /** Few: SQLite writes one transaction at a time; a handful of connections lets reads run beside the writer. */
    private static final int SIZE = 4;
    private static final Duration ACQUIRE_TIMEOUT = Duration.ofSeconds(10);

    private SqlitePools() {
    }

    static HikariDataSource open(String databaseName, Path file, MeterRegistry metrics) {
        HikariConfig config = new HikariConfig();
        config.setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(metrics));
        config.setPoolName("rocket-sqlite-" + databaseName);
        config.setDataSource(SqliteContexts.dataSource(file));
        config.setMaximumPoolSize(SIZE);
        config.setMinimumIdle(0);
        config.setConnectionTimeout(ACQUIRE_TIMEOUT.toMillis());
        return new HikariDataSource(config);
    }
}
