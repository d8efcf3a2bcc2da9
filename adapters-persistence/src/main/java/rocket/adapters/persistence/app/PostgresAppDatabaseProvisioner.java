package rocket.adapters.persistence.app;

import static org.jooq.impl.DSL.name;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import rocket.adapters.persistence.replica.Replica;
import rocket.adapters.persistence.schema.SystemSchema;
import rocket.adapters.persistence.sql.ConnectionPools;
import rocket.adapters.persistence.sql.Identifiers;
import rocket.adapters.persistence.sql.JooqContexts;
import rocket.adapters.persistence.sql.PostgresSettings;
import rocket.application.apps.port.out.AppDatabase;
import rocket.application.apps.port.out.AppDatabaseProvisioner;
import rocket.application.events.port.out.QueryObserver;
import rocket.application.records.port.out.RecordChangeListener;

/** Creates and drops {@code rocket_<app>} databases on the server and opens pools on them. */
public final class PostgresAppDatabaseProvisioner implements AppDatabaseProvisioner {
    private final PostgresSettings settings;
    private final DSLContext server;
    private final MeterRegistry metrics;
    private final QueryObserver queries;
    private final Optional<Replica> replica;

    /**
     * {@code server} is any connection to the same PostgreSQL server (the management database's pool);
     * {@code replica}, when present, serves record reads of every app database it opens.
     */
    public PostgresAppDatabaseProvisioner(PostgresSettings settings, DSLContext server, MeterRegistry metrics,
                                          QueryObserver queries, Optional<Replica> replica) {
        this.settings = settings;
        this.server = server;
        this.metrics = metrics;
        this.queries = queries;
        this.replica = replica;
    }

    @Override
    public boolean create(String databaseName) {
        Identifiers.require(databaseName);
        if (exists(databaseName)) {
            return false;
        }
        server.createDatabase(name(databaseName)).execute();
        return true;
    }

    @Override
    public AppDatabase open(String databaseName, RecordChangeListener changes) {
        HikariDataSource pool = ConnectionPools.app(settings, databaseName, metrics);
        try {
            SystemSchema.APP.migrate(pool);
            return new JooqAppDatabase(databaseName, pool, JooqContexts.on(pool, queries), queries, changes, replica);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    @Override
    public void drop(String databaseName) {
        server.dropDatabaseIfExists(name(Identifiers.require(databaseName))).execute();
    }

    private boolean exists(String databaseName) {
        return server.fetchExists(DSL.table(name("pg_catalog", "pg_database")),
                DSL.field(name("datname"), String.class).eq(databaseName));
    }
}
