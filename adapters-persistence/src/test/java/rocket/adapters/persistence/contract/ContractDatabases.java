package rocket.adapters.persistence.contract;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import rocket.adapters.persistence.schema.SystemSchema;
import rocket.adapters.persistence.sql.JooqContexts;
import rocket.adapters.persistence.sql.JooqTransactionRunner;
import rocket.adapters.persistence.sql.PostgresSettings;
import rocket.adapters.persistence.sql.WrittenEntities;
import rocket.application.apps.port.out.TransactionRunner;

/**
 * One embedded PostgreSQL per test JVM for every contract class (starting one costs seconds), and a fresh app
 * database wherever a contract asks for an empty store: a copy of one migrated template, so it costs a file copy
 * instead of a migration, and no contract sees another's rows.
 */
public final class ContractDatabases {
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static final String TEMPLATE = "contract_template";
    private static EmbeddedPostgres postgres;

    private ContractDatabases() {
    }

    /** A new app database with the system schema and no rows, on the shared server. */
    public static DSLContext freshAppDatabase() {
        String name = "contract_" + DATABASES.incrementAndGet();
        execute("CREATE DATABASE " + name + " TEMPLATE " + TEMPLATE);
        return JooqContexts.on(server().getDatabase("postgres", name));
    }

    /** A database and its name (adapters that connect themselves are told the name, see {@link #settings}). */
    public record Named(String name, DSLContext dsl) {
    }

    /** A new management database with its system schema and no apps, on the shared server. */
    public static Named freshManagementDatabase() {
        String name = "contract_" + DATABASES.incrementAndGet();
        execute("CREATE DATABASE " + name);
        DataSource database = server().getDatabase("postgres", name);
        SystemSchema.MANAGEMENT.migrate(database);
        return new Named(name, JooqContexts.on(database));
    }

    /** How the adapters that open connections themselves (pools, the change feed) reach {@code database}. */
    public static PostgresSettings settings(String database) {
        return new PostgresSettings("127.0.0.1", server().getPort(), "postgres", "", database, Map.of(),
                new PostgresSettings.Pools(2, 2, Duration.ofSeconds(5), Duration.ZERO, Duration.ofSeconds(10),
                        Duration.ofSeconds(30)));
    }

    /** Thread-bound transactions over {@code database}, reporting written entities to nobody. */
    public static TransactionRunner transactions(DSLContext database) {
        return new JooqTransactionRunner(database, new WrittenEntities(written -> { }));
    }

    private static synchronized EmbeddedPostgres server() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().setServerConfig("fsync", "off").start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(ContractDatabases::stop));
            execute("CREATE DATABASE " + TEMPLATE);
            SystemSchema.APP.migrate(postgres.getDatabase("postgres", TEMPLATE));
        }
        return postgres;
    }

    private static void execute(String statement) {
        try (Connection connection = server().getPostgresDatabase().getConnection();
                Statement sql = connection.createStatement()) {
            sql.execute(statement);
        } catch (SQLException e) {
            throw new IllegalStateException(statement, e);
        }
    }

    private static void stop() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
