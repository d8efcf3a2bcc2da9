package rocket.application.definitions;

import rocket.application.definitions.port.out.DefinitionStore;
import rocket.application.definitions.port.out.contract.DefinitionStoreContract;

/** The in-memory fake the service tests use meets the same contract as the jOOQ store, so its answers are honest. */
class InMemoryDefinitionStoreContractTest extends DefinitionStoreContract {
    @Override
    protected DefinitionStore emptyDefinitions() {
        return new InMemoryDefinitionStore();
    }
}
