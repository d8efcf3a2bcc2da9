package rocket.adapters.persistence.metadata;

import org.jooq.DSLContext;
import rocket.adapters.persistence.contract.ContractDatabases;
import rocket.application.definitions.port.out.MetadataStore;
import rocket.application.definitions.port.out.contract.MetadataStoreContract;

/** The jOOQ metadata store on an app's {@code _entities} and {@code _relations} meets the metadata store contract. */
class JooqMetadataStoreContractTest extends MetadataStoreContract {
    @Override
    protected MetadataStore emptyMetadata() {
        return new JooqMetadataStore(freshDatabase());
    }

    /** An empty app database; the SQLite twin of this class overrides it. */
    DSLContext freshDatabase() {
        return ContractDatabases.freshAppDatabase();
    }
}
