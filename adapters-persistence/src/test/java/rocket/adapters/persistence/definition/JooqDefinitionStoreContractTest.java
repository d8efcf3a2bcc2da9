package rocket.adapters.persistence.definition;

import org.jooq.DSLContext;
import rocket.adapters.persistence.contract.ContractDatabases;
import rocket.application.definitions.port.out.DefinitionStore;
import rocket.application.definitions.port.out.contract.DefinitionStoreContract;

/** The jOOQ definition store on an app's definition tables meets the definition store contract. */
class JooqDefinitionStoreContractTest extends DefinitionStoreContract {
    @Override
    protected DefinitionStore emptyDefinitions() {
        return new JooqDefinitionStore(freshDatabase());
    }

    /** An empty app database; the SQLite twin of this class overrides it. */
    DSLContext freshDatabase() {
        return ContractDatabases.freshAppDatabase();
    }
}
