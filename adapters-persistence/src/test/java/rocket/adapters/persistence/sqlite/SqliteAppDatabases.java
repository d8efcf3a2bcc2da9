package rocket.adapters.persistence.sqlite;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.DSLContext;
import rocket.adapters.persistence.sql.SqliteContexts;
import rocket.application.events.port.out.QueryObserver;

/**
 * Fresh SQLite app databases for the contract tests: a copy of one migrated template file in a temporary folder
 * (a file copy instead of a migration), so no contract sees another's rows.
 */
public final class SqliteAppDatabases {
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
        return SqliteContexts.on(SqlitePools.open(file.getFileName().toString(), file, new SimpleMeterRegistry()),
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
            try (var pool = SqlitePools.open("template", template, new SimpleMeterRegistry())) {
                SqliteSystemSchema.migrate(pool); // closing the last connection folds the WAL into the file
            }
        }
        return directory;
    }
}
