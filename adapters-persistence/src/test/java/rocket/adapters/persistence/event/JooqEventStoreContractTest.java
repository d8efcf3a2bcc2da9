package rocket.adapters.persistence.event;

import org.jooq.DSLContext;
import rocket.adapters.persistence.contract.ContractDatabases;
import rocket.application.events.port.out.contract.EventStoreContract;

/** The jOOQ event store on an app's {@code _events} (batches by {@code COPY}) meets the event store contract. */
class JooqEventStoreContractTest extends EventStoreContract {
    @Override
    protected Stores emptyDatabase() {
        DSLContext database = freshDatabase();
        return new Stores(new JooqEventStore(database), ContractDatabases.transactions(database));
    }

    /** An empty app database; the SQLite twin of this class overrides it. */
    DSLContext freshDatabase() {
        return ContractDatabases.freshAppDatabase();
    }
}
