package rocket.application.definitions;

import rocket.application.definitions.port.out.MetadataStore;
import rocket.application.definitions.port.out.contract.MetadataStoreContract;

/** The in-memory fake the service tests use meets the same contract as the jOOQ store, so its answers are honest. */
class InMemoryMetadataStoreContractTest extends MetadataStoreContract {
    @Override
    protected MetadataStore emptyMetadata() {
        return new InMemoryMetadataStore();
    }
}
