package rocket.adapters.persistence.sql;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import rocket.adapters.persistence.contract.ContractDatabases;
import rocket.application.health.port.out.ManagementDatabaseProbe;
import rocket.application.health.port.out.contract.ManagementDatabaseProbeContract;

/** The pool probe over a Hikari management pool meets the management database probe contract. */
class PoolProbeContractTest extends ManagementDatabaseProbeContract {
    private HikariDataSource pool;

    @Override
    protected ManagementDatabaseProbe probe() {
        pool = ConnectionPools.management(ContractDatabases.settings(ContractDatabases.freshManagementDatabase().name()),
                new SimpleMeterRegistry());
        return new PoolProbe(pool);
    }

    @Override
    protected AutoCloseable occupyEveryConnection() throws Exception {
        List<Connection> taken = new ArrayList<>();
        for (int i = 0; i < pool.getMaximumPoolSize(); i++) {
            taken.add(pool.getConnection());
        }
        return () -> {
            for (Connection connection : taken) {
                connection.close();
            }
        };
    }

    @AfterEach
    void closePool() {
        pool.close();
    }
}
