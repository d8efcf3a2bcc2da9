package rocket.adapters.persistence.sql;

import java.nio.file.Path;
import java.sql.Connection;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import rocket.application.events.port.out.QueryObserver;

/**
 * The jOOQ context of an app database kept in one SQLite file: the stores of {@link JooqContexts} (thread-bound
 * transactions, unavailability as 503) in jOOQ's SQLite dialect, without schema names (SQLite has none: every table
 * of the app, system and business, lives in the file's one namespace).
 *
 * <p>What the data source must provide, on every connection it lends (a pool such as HikariCP wrapping
 * {@link #dataSource} has all of it; keep the pool small, SQLite writes one transaction at a time):
 * <ul>
 *   <li>{@code journal_mode=WAL} and {@code synchronous=FULL}: readers never wait for the writer, and a commit is
 *   on disk when it returns;</li>
 *   <li>{@code foreign_keys=ON} and a {@code busy_timeout}: a writer waits that long for the lock, then the request
 *   is answered 503;</li>
 *   <li>{@code case_sensitive_like=ON}: {@code LIKE} distinguishes case as on PostgreSQL ({@code ILIKE} is rendered
 *   as {@code lower(…) LIKE lower(…)});</li>
 *   <li>transactions that begin {@code IMMEDIATE}: a transaction holds the file's write lock from its first
 *   statement, which is what makes {@code RecordStore.lock} (no {@code FOR UPDATE} on SQLite) equivalent: nothing
 *   can change the row between the read and the commit, and a lock that had to wait reads what the other writer
 *   committed;</li>
 *   <li>isolation left at SQLite's own ({@code SERIALIZABLE}; the driver refuses {@code READ COMMITTED}).</li>
 * </ul>
 */
public final class SqliteContexts {
    /** How long a writer waits for another one before its request is answered 503. */
    public static final int BUSY_TIMEOUT_MILLIS = 5_000;

    private SqliteContexts() {
    }

    public static DSLContext on(DataSource dataSource) {
        return on(dataSource, QueryObserver.NONE);
    }

    /** The same, with every statement reported to {@code queries} (spans of traced requests). */
    public static DSLContext on(DataSource dataSource, QueryObserver queries) {
        return JooqContexts.on(SQLDialect.SQLITE, new Settings().withRenderSchema(false),
                new GuardedConnections(dataSource, Connection.TRANSACTION_SERIALIZABLE), queries);
    }

    /** Connections to the SQLite file {@code file} (created on first use) with everything listed above. */
    public static DataSource dataSource(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        config.enableCaseSensitiveLike(true);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        return dataSource;
    }
}
