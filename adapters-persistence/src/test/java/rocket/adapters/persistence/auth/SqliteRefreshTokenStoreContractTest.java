package rocket.adapters.persistence.auth;

import org.jooq.DSLContext;
import rocket.adapters.persistence.sqlite.SqliteAppDatabases;

/** The same RefreshTokenStore contract on a SQLite app database. */
class SqliteRefreshTokenStoreContractTest extends JooqRefreshTokenStoreContractTest {
    @Override
    DSLContext freshDatabase() {
        return SqliteAppDatabases.freshAppDatabase();
    }
}
