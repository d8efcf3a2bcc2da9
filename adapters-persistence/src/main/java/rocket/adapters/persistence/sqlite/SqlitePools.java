package rocket.adapters.persistence.sqlite;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The pool on one SQLite file. Settings go to every connection as driver properties (no SQL text): WAL journal
 * with {@code synchronous=FULL} (a commit is on disk when it returns), foreign keys enforced (SQLite's default is
 * off), case-sensitive LIKE (as PostgreSQL's), a busy timeout so a writer waits for the lock instead of failing at
 * once, and every transaction begun {@code IMMEDIATE}: it takes the write lock at its start, so two transactions
 * never both read and then deadlock upgrading to write (SQLite has one writer at a time anyway). Reads outside
 * transactions run concurrently.
 */
final class SqlitePools {
    /** Few: SQLite writes one at a time; a handful of connections lets reads run beside the writer. */
    private static final int SIZE = 4;
    private static final Duration BUSY_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration ACQUIRE_TIMEOUT = Duration.ofSeconds(10);

    private SqlitePools() {
    }

    static HikariDataSource open(String databaseName, Path file, MeterRegistry metrics) {
        HikariConfig config = new HikariConfig();
        config.setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(metrics));
        config.setPoolName("rocket-sqlite-" + databaseName);
        config.setJdbcUrl("jdbc:sqlite:" + file);
        config.addDataSourceProperty("journal_mode", "WAL");
        config.addDataSourceProperty("synchronous", "FULL");
        config.addDataSourceProperty("foreign_keys", "true");
        config.addDataSourceProperty("busy_timeout", String.valueOf(BUSY_TIMEOUT.toMillis()));
        config.addDataSourceProperty("transaction_mode", "IMMEDIATE");
        config.addDataSourceProperty("case_sensitive_like", "true"); // LIKE distinguishes case, as on PostgreSQL
        config.setMaximumPoolSize(SIZE);
        config.setMinimumIdle(0);
        config.setConnectionTimeout(ACQUIRE_TIMEOUT.toMillis());
        return new HikariDataSource(config);
    }
}
