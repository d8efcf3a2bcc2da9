package rocket.adapters.persistence.changes;

import org.jooq.DSLContext;
import rocket.adapters.persistence.contract.ContractDatabases;
import rocket.application.records.port.out.contract.ChangeLogContract;

/** The jOOQ change log on an app's {@code _changes} meets the change log contract. */
class JooqChangeLogContractTest extends ChangeLogContract {
    @Override
    protected Stores emptyDatabase() {
        DSLContext database = freshDatabase();
        return new Stores(new JooqChangeLog(database), ContractDatabases.transactions(database));
    }

    /** An empty app database; the SQLite twin of this class overrides it. */
    DSLContext freshDatabase() {
        return ContractDatabases.freshAppDatabase();
    }
}
