package rocket.adapters.persistence.auth;

import org.jooq.DSLContext;
import rocket.adapters.persistence.sqlite.SqliteAppDatabases;

/** The same InviteStore contract on a SQLite app database. */
class SqliteInviteStoreContractTest extends JooqInviteStoreContractTest {
    @Override
    DSLContext freshDatabase() {
        return SqliteAppDatabases.freshAppDatabase();
    }
}
