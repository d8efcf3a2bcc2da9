package rocket.adapters.persistence.sqlite;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import rocket.adapters.persistence.sql.PostgresSettings;
import rocket.adapters.persistence.sql.SqliteContexts;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.RocketException;

/**
 * The pool on one SQLite file, over {@link SqliteContexts#dataSource}'s connections (WAL with
 * {@code synchronous=FULL}, foreign keys, busy timeout, {@code IMMEDIATE} transactions: see there). The pool holds
 * an exclusive lock on {@code <file>.lock} while it is open: a second server on the same file would serve stale
 * reads (its caches and change streams never hear of the other's writes), so it is refused instead. It follows the
 * app pool settings where they apply to a file: the size (capped), the acquire timeout and the idle timeout.
 */
final class SqlitePools {
    /** The cap: SQLite writes one transaction at a time; a handful of connections lets reads run beside the writer. */
    static final int MAX_SIZE = 4;
    /** The lock file beside the database, for {@code drop} to remove. */
    static final String LOCK_SUFFIX = ".lock";

    private SqlitePools() {
    }

    static HikariDataSource open(String databaseName, Path file, PostgresSettings.Pools pools,
                                 MeterRegistry metrics) {
        FileLock lock = lock(databaseName, file.resolveSibling(file.getFileName() + LOCK_SUFFIX));
        HikariConfig config = new HikariConfig();
        config.setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(metrics));
        config.setPoolName("rocket-sqlite-" + databaseName);
        config.setDataSource(SqliteContexts.dataSource(file));
        config.setMaximumPoolSize(Math.min(pools.appSize(), MAX_SIZE));
        config.setMinimumIdle(0);
        config.setConnectionTimeout(pools.acquireTimeout().toMillis());
        config.setIdleTimeout(pools.appIdleTimeout().toMillis());
        try {
            return new HikariDataSource(config) {
                @Override
                public void close() {
                    super.close();
                    release(lock);
                }
            };
        } catch (RuntimeException e) {
            release(lock);
            throw e;
        }
    }

    private static FileLock lock(String databaseName, Path lockFile) {
        FileChannel channel = null;
        try {
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return lock;
            }
        } catch (OverlappingFileLockException heldInThisProcess) {
            // another server in this JVM has it open: refused like one in another process
        } catch (IOException e) {
            close(channel);
            throw new UncheckedIOException("Cannot lock the app database " + lockFile, e);
        }
        close(channel);
        throw RocketException.of(ErrorCode.SERVICE_UNAVAILABLE, "The SQLite database " + databaseName
                + " is open in another Rocket server; a SQLite app is served by one server only");
    }

    private static void release(FileLock lock) {
        close(lock.channel()); // closing the channel releases its lock
    }

    private static void close(FileChannel channel) {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
