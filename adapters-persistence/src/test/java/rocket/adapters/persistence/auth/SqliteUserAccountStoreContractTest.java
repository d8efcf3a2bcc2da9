package rocket.adapters.persistence.auth;

import org.jooq.DSLContext;
import rocket.adapters.persistence.sqlite.SqliteAppDatabases;

/** The same UserAccountStore contract on a SQLite app database. */
class SqliteUserAccountStoreContractTest extends JooqUserAccountStoreContractTest {
    @Override
    DSLContext freshDatabase() {
        return SqliteAppDatabases.freshAppDatabase();
    }
}
