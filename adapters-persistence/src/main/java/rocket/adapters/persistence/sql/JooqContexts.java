package rocket.adapters.persistence.sql;

import javax.sql.DataSource;
import org.jooq.Configuration;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConfiguration;
import org.jooq.impl.ThreadLocalTransactionProvider;
import rocket.application.events.port.out.QueryObserver;

/** The jOOQ configuration every store uses: PostgreSQL dialect, every name quoted, unavailability as 503. */
public final class JooqContexts {
    private JooqContexts() {
    }

    /**
     * Thread-bound transactions: inside {@code dsl.transactionResult(() -> ...)} every statement of this context
     * on the same (virtual) thread uses the transaction's connection, so stores need no connection plumbing.
     */
    public static DSLContext on(DataSource dataSource) {
        return on(dataSource, QueryObserver.NONE);
    }

    /** The same, with every statement reported to {@code queries} (spans of traced requests). */
    public static DSLContext on(DataSource dataSource, QueryObserver queries) {
        return on(SQLDialect.POSTGRES, new Settings(), new GuardedConnections(dataSource, ConnectionPools.ISOLATION),
                queries);
    }

    /** The configuration of both drivers: {@code settings} plus every name quoted, no statement logging. */
    static DSLContext on(SQLDialect dialect, Settings settings, GuardedConnections connections, QueryObserver queries) {
        Configuration configuration = new DefaultConfiguration()
                .set(dialect)
                .set(new ThreadLocalTransactionProvider(connections))
                .set(settings.withRenderQuotedNames(RenderQuotedNames.ALWAYS).withExecuteLogging(false));
        configuration = queries == QueryObserver.NONE ? configuration.derive(new DatabaseFailures())
                : configuration.derive(new DatabaseFailures(), new QueryTiming(queries));
        return DSL.using(configuration);
    }
}
