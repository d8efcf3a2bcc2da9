package rocket.adapters.persistence;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import rocket.adapters.persistence.app.JooqAppCatalog;
import rocket.adapters.persistence.app.PostgresAppDatabaseProvisioner;
import rocket.adapters.persistence.auth.JooqRefreshTokenStore;
import rocket.adapters.persistence.auth.JooqUserAccountStore;
import rocket.adapters.persistence.changes.PostgresChangeFeed;
import rocket.adapters.persistence.replica.Replica;
import rocket.adapters.persistence.schema.SystemSchema;
import rocket.adapters.persistence.sql.ConnectionPools;
import rocket.adapters.persistence.sql.Identifiers;
import rocket.adapters.persistence.sql.JooqContexts;
import rocket.adapters.persistence.sql.PlainSql;
import rocket.adapters.persistence.sql.PoolProbe;
import rocket.adapters.persistence.sql.PostgresSettings;
import rocket.application.apps.port.out.AppCatalog;
import rocket.application.apps.port.out.AppDatabaseProvisioner;
import rocket.application.auth.port.out.RefreshTokenStore;
import rocket.application.auth.port.out.UserAccountStore;
import rocket.application.events.port.out.QueryObserver;
import rocket.application.health.port.out.ManagementDatabaseProbe;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.RocketException;

/** The management database ({@code rocket}): created if missing, migrated, and the stores over it. */
public final class ManagementDatabase implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ManagementDatabase.class);

    private final HikariDataSource pool;
    private final DSLContext dsl;
    private final PostgresSettings settings;
    private final MeterRegistry metrics;
    private final Optional<Replica> replica;

    private ManagementDatabase(PostgresSettings settings, HikariDataSource pool, MeterRegistry metrics,
                               Optional<PostgresSettings> replica) {
        this.settings = settings;
        this.pool = pool;
        this.metrics = metrics;
        this.dsl = JooqContexts.on(pool);
        this.replica = replica.map(server -> new Replica(server, dsl, metrics));
    }

    /**
     * Opens (creating and migrating if needed) the management database; every pool reports to {@code metrics}.
     * A server that is unreachable, refuses the login or lacks the database is a {@code SERVICE_UNAVAILABLE} naming
     * host, port, database, user and the driver's reason, within the configured connect timeout. {@code replica}
     * names a server that streams the primary's WAL: record reads of every app may be served there.
     */
    public static ManagementDatabase open(PostgresSettings settings, Optional<PostgresSettings> replica,
                                          MeterRegistry metrics) {
        createIfMissing(settings);
        HikariDataSource pool;
        try {
            pool = ConnectionPools.management(settings, metrics);
        } catch (RuntimeException e) {
            throw cannotConnect(settings, e);
        }
        try {
            SystemSchema.MANAGEMENT.migrate(pool);
            return new ManagementDatabase(settings, pool, metrics, replica);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    /** Creates the management database through the server's {@code postgres} database when it does not exist. */
    private static void createIfMissing(PostgresSettings settings) {
        String database = Identifiers.require(settings.managementDatabase());
        try (Connection connection = DriverManager.getConnection(settings.jdbcUrl("postgres"), settings.user(),
                settings.password())) {
            DSLContext server = DSL.using(connection);
            boolean exists = server.fetchExists(DSL.table(DSL.name("pg_catalog", "pg_database")),
                    DSL.field(DSL.name("datname"), String.class).eq(database));
            if (!exists) {
                server.createDatabase(DSL.name(database)).execute();
                LOG.info("Created management database {}", database);
            }
        } catch (org.jooq.exception.DataAccessException e) {
            throw cannotConnect(settings, e); // e.g. no CREATEDB privilege
        } catch (SQLException e) {
            if (unreachableOrRefused(e)) {
                throw cannotConnect(settings, e); // the pool would fail the same way after its own wait
            }
            LOG.warn("Could not check for the management database through 'postgres' ({}); assuming it exists",
                    e.getMessage());
        }
    }

    private static RocketException cannotConnect(PostgresSettings settings, Exception e) {
        Throwable reason = e;
        while (!(reason instanceof SQLException) && reason.getCause() != null) {
            reason = reason.getCause();
        }
        return RocketException.of(ErrorCode.SERVICE_UNAVAILABLE, "Cannot use PostgreSQL at "
                + settings.describe(settings.managementDatabase()) + ": " + reason.getMessage());
    }

    /** Connection failures (SQLSTATE class 08) and refused logins (class 28), unlike a missing 'postgres' database. */
    private static boolean unreachableOrRefused(SQLException e) {
        String state = e.getSQLState();
        return state != null && (state.startsWith("08") || state.startsWith("28"));
    }

    /** The server's version as it reports it ({@code server_version}, e.g. {@code 18.1}). */
    public String serverVersion() {
        return PlainSql.serverVersion(dsl);
    }

    /** Readiness: whether this database answers, and its pool's state. */
    public ManagementDatabaseProbe probe() {
        return new PoolProbe(pool);
    }

    public AppCatalog catalog() {
        return new JooqAppCatalog(dsl);
    }

    public UserAccountStore platformUsers() {
        return new JooqUserAccountStore(dsl, "_platform_users");
    }

    public RefreshTokenStore platformRefreshTokens() {
        return new JooqRefreshTokenStore(dsl, "_platform_refresh_tokens");
    }

    /** App databases on the same server; their statements are reported to {@code queries}. */
    public AppDatabaseProvisioner provisioner(QueryObserver queries) {
        return new PostgresAppDatabaseProvisioner(settings, dsl, metrics, queries, replica);
    }

    /** Starts the LISTEN/NOTIFY change feed between instances sharing this database; close it before this. */
    public PostgresChangeFeed changeFeed() {
        return new PostgresChangeFeed(settings, dsl, replica);
    }

    @Override
    public void close() {
        pool.close();
    }
}
