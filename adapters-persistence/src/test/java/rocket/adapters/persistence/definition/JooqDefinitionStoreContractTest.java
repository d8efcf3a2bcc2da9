package rocket.adapters.persistence.definition;

import rocket.adapters.persistence.contract.ContractDatabases;
import rocket.application.definitions.port.out.DefinitionStore;
import rocket.application.definitions.port.out.contract.DefinitionStoreContract;

/** The jOOQ definition store on an app's definition tables meets the definition store contract. */
class JooqDefinitionStoreContractTest extends DefinitionStoreContract {
    @Override
    protected DefinitionStore emptyDefinitions() {
        return new JooqDefinitionStore(ContractDatabases.freshAppDatabase());
    }
}
