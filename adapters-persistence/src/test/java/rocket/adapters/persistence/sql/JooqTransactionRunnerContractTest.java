package rocket.adapters.persistence.sql;

import org.jooq.DSLContext;
import rocket.adapters.persistence.auth.JooqInviteStore;
import rocket.adapters.persistence.auth.JooqUserAccountStore;
import rocket.adapters.persistence.contract.ContractDatabases;
import rocket.application.apps.port.out.contract.TransactionRunnerContract;

/** Thread-bound jOOQ transactions meet the transaction runner contract across two stores. */
class JooqTransactionRunnerContractTest extends TransactionRunnerContract {
    @Override
    protected Stores emptyDatabase() {
        DSLContext database = freshDatabase();
        return new Stores(new JooqTransactionRunner(database, new WrittenEntities(written -> { })),
                new JooqUserAccountStore(database, "_users"), new JooqInviteStore(database));
    }

    /** An empty app database; the SQLite twin of this class overrides it. */
    DSLContext freshDatabase() {
        return ContractDatabases.freshAppDatabase();
    }
}
