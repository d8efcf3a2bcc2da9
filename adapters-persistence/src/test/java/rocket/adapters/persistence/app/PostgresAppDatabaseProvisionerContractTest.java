package rocket.adapters.persistence.app;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import rocket.adapters.persistence.contract.ContractDatabases;
import rocket.application.apps.port.out.AppDatabaseProvisioner;
import rocket.application.apps.port.out.contract.AppDatabaseProvisionerContract;
import rocket.application.events.port.out.QueryObserver;

/** Databases on the shared PostgreSQL server, opened through Hikari pools, meet the provisioner contract. */
class PostgresAppDatabaseProvisionerContractTest extends AppDatabaseProvisionerContract {
    private static final ContractDatabases.Named MANAGEMENT = ContractDatabases.freshManagementDatabase();

    @Override
    protected AppDatabaseProvisioner provisioner() {
        return new PostgresAppDatabaseProvisioner(ContractDatabases.settings(MANAGEMENT.name()), MANAGEMENT.dsl(),
                new SimpleMeterRegistry(), QueryObserver.NONE, java.util.Optional.empty());
    }
}
