package rocket.adapters.persistence.sqlite;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.DSLContext;
import rocket.adapters.persistence.sql.PostgresSettings;
import rocket.adapters.persistence.sql.SqliteContexts;
import rocket.application.events.port.out.QueryObserver;

/**
 * Fresh SQLite app databases for the contract tests: a copy of one migrated template file in a temporary folder
 * (a file copy instead of a migration), so no contract sees another's rows.
 */
public final class SqliteAppDatabases {
    /** App pool settings as a server has them by default (size 50, capped for SQLite). */
    static final PostgresSettings.Pools POOLS = new PostgresSettings.Pools(10, 50, Duration.ofSeconds(10),
            Duration.ZERO, Duration.ofSeconds(10), Duration.ofSeconds(30));
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static Path directory;
    private static Path template;

    private SqliteAppDatabases() {
    }

    /** A new app database file with the system schema and no rows. */
    public static DSLContext freshAppDatabase() {
        Path file = folder().resolve("contract_" + DATABASES.incrementAndGet() + ".sqlite");
        try {
            Files.copy(template, file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return SqliteContexts.on(SqlitePools.open(file.getFileName().toString(), file, POOLS, new SimpleMeterRegistry()),
                QueryObserver.NONE);
    }

    private static synchronized Path folder() {
        if (directory == null) {
            try {
                directory = Files.createTempDirectory("rocket-sqlite-contract");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            template = directory.resolve("template.sqlite");
            try (var pool = SqlitePools.open("template", template, POOLS, new SimpleMeterRegistry())) {
                SqliteSystemSchema.migrate(pool); // closing the last connection folds the WAL into the file
            }
        }
        return directory;
    }
}
