package rocket.adapters.persistence.app;

import rocket.adapters.persistence.contract.ContractDatabases;
import rocket.application.apps.port.out.AppCatalog;
import rocket.application.apps.port.out.contract.AppCatalogContract;

/** The jOOQ app catalog on the management database's {@code _apps} meets the app catalog contract. */
class JooqAppCatalogContractTest extends AppCatalogContract {
    @Override
    protected AppCatalog emptyCatalog() {
        return new JooqAppCatalog(ContractDatabases.freshManagementDatabase().dsl());
    }
}
