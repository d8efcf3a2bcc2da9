package rocket.adapters.persistence.contract;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.DSLContext;
import rocket.adapters.persistence.sql.SqliteContexts;

/** Fresh SQLite app databases for the contract tests: a new file each, connected as an app's database is. */
public final class SqliteContractDatabases {
    private static final AtomicInteger FILES = new AtomicInteger();

    private SqliteContractDatabases() {
    }

    /** A new, empty database file in {@code directory} (a test's temporary directory). */
    public static DSLContext freshAppDatabase(Path directory) {
        Path file = directory.resolve("app-" + FILES.incrementAndGet() + ".db");
        return SqliteContexts.on(SqliteContexts.dataSource(file));
    }
}
