package rocket.adapters.persistence.sql;

import java.sql.Connection;
import javax.sql.DataSource;
import org.jooq.ConnectionProvider;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DataSourceConnectionProvider;

/**
 * Connections from the pool, each answering its isolation level without a round trip
 * ({@link KnownIsolationConnection}); failing to get one (timeout, server down) is a 503, see
 * {@link DatabaseFailures}.
 */
final class GuardedConnections implements ConnectionProvider {
    private final DataSourceConnectionProvider pool;
    private final int isolation;

    /** {@code isolation}: the level the pool lends its connections at. */
    GuardedConnections(DataSource dataSource, int isolation) {
        this.pool = new DataSourceConnectionProvider(dataSource);
        this.isolation = isolation;
    }

    @Override
    public Connection acquire() {
        try {
            return new KnownIsolationConnection(pool.acquire(), isolation);
        } catch (DataAccessException e) {
            throw DatabaseFailures.translate(e).map(RuntimeException.class::cast).orElse(e);
        }
    }

    @Override
    public void release(Connection connection) {
        pool.release(connection);
    }
}
