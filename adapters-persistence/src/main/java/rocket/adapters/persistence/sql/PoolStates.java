package rocket.adapters.persistence.sql;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import rocket.application.apps.port.out.PoolState;

/** Reads a pool's state from Hikari's pool MXBean (no JMX registration needed: the bean is the pool itself). */
public final class PoolStates {
    private PoolStates() {
    }

    public static PoolState of(HikariDataSource pool) {
        HikariPoolMXBean bean = pool.getHikariPoolMXBean();
        if (bean == null) { // closed, or not started yet
            return new PoolState(0, 0, 0, pool.getMaximumPoolSize());
        }
        return new PoolState(bean.getActiveConnections(), bean.getIdleConnections(),
                bean.getThreadsAwaitingConnection(), pool.getMaximumPoolSize());
    }
}
