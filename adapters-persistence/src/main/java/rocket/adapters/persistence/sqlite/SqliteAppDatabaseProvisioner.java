package rocket.adapters.persistence.sqlite;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import rocket.adapters.persistence.app.JooqAppDatabase;
import rocket.adapters.persistence.sql.Identifiers;
import rocket.adapters.persistence.sql.PostgresSettings;
import rocket.adapters.persistence.sql.SqliteContexts;
import rocket.application.apps.port.out.AppDatabase;
import rocket.application.apps.port.out.AppDatabaseProvisioner;
import rocket.application.events.port.out.QueryObserver;
import rocket.application.records.port.out.RecordChangeListener;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.RocketException;

/** App databases as SQLite files: {@code <data-dir>/apps/<db_name>.sqlite}, each opened with a small pool. */
public final class SqliteAppDatabaseProvisioner implements AppDatabaseProvisioner {
    /** SQLite's write-ahead log and shared-memory index beside the database file; they go when the app goes. */
    private static final List<String> COMPANIONS = List.of("", "-wal", "-shm", "-journal", SqlitePools.LOCK_SUFFIX);

    private final Path directory;
    private final PostgresSettings.Pools pools;
    private final MeterRegistry metrics;
    private final QueryObserver queries;

    /**
     * {@code dataDir} is the server's data directory; app files live in its {@code apps/} folder. {@code pools}: the
     * app pool settings (see {@link SqlitePools} for the ones a file follows).
     */
    public SqliteAppDatabaseProvisioner(Path dataDir, PostgresSettings.Pools pools, MeterRegistry metrics,
                                        QueryObserver queries) {
        this.directory = dataDir.resolve("apps").toAbsolutePath().normalize();
        this.pools = pools;
        this.metrics = metrics;
        this.queries = queries;
    }

    @Override
    public boolean create(String databaseName) {
        Path file = file(databaseName);
        try {
            Files.createDirectories(directory);
            Files.createFile(file);
            return true;
        } catch (java.nio.file.FileAlreadyExistsException e) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the app database " + file, e);
        }
    }

    @Override
    public AppDatabase open(String databaseName, RecordChangeListener changes) {
        Path file = file(databaseName);
        if (!Files.isRegularFile(file)) { // opening must never create a database its app does not have
            throw RocketException.of(ErrorCode.SERVICE_UNAVAILABLE, "The SQLite database " + databaseName
                    + " is not in this server's data directory; a SQLite app is served by the server that created it");
        }
        HikariDataSource pool = SqlitePools.open(databaseName, file, pools, metrics);
        try {
            SqliteSystemSchema.migrate(pool);
            return new JooqAppDatabase(databaseName, pool, SqliteContexts.on(pool, queries), queries, changes,
                    Optional.empty());
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    @Override
    public void drop(String databaseName) {
        Path file = file(databaseName);
        try {
            for (String suffix : COMPANIONS) {
                Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete the app database " + file, e);
        }
    }

    /** The app's file; the name is an identifier already, and resolving it must still stay inside the folder. */
    private Path file(String databaseName) {
        Path file = directory.resolve(Identifiers.require(databaseName) + ".sqlite").normalize();
        if (!file.getParent().equals(directory)) {
            throw new IllegalArgumentException("Database name leaves the app directory: " + databaseName);
        }
        return file;
    }
}
