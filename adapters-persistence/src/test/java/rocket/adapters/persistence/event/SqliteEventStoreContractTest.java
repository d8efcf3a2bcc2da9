package rocket.adapters.persistence.event;

import org.jooq.DSLContext;
import rocket.adapters.persistence.sqlite.SqliteAppDatabases;

/** The same EventStore contract on a SQLite app database. */
class SqliteEventStoreContractTest extends JooqEventStoreContractTest {
    @Override
    DSLContext freshDatabase() {
        return SqliteAppDatabases.freshAppDatabase();
    }
}
