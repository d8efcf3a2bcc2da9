package rocket.adapters.persistence.sql;

import java.sql.Connection;
import java.sql.SQLException;
import org.jooq.tools.jdbc.DefaultConnection;

/**
 * A pooled connection that knows its isolation level. jOOQ reads the level at every transaction start (to restore
 * it after a transaction that asked for another one), and the PostgreSQL driver answers that with a
 * {@code SHOW TRANSACTION ISOLATION LEVEL} round trip. Every pooled connection is lent at the pool's configured
 * level ({@link ConnectionPools} sets it, HikariCP resets it on return), so the level is tracked here instead.
 */
final class KnownIsolationConnection extends DefaultConnection {
    private int isolation;

    KnownIsolationConnection(Connection pooled, int lentAt) {
        super(pooled);
        this.isolation = lentAt;
    }

    @Override
    public int getTransactionIsolation() {
        return isolation;
    }

    @Override
    public void setTransactionIsolation(int level) throws SQLException {
        super.setTransactionIsolation(level);
        isolation = level;
    }
}
