package rocket.adapters.persistence.changes;

import org.jooq.DSLContext;
import rocket.adapters.persistence.sqlite.SqliteAppDatabases;

/** The same ChangeLog contract on a SQLite app database. */
class SqliteChangeLogContractTest extends JooqChangeLogContractTest {
    @Override
    DSLContext freshDatabase() {
        return SqliteAppDatabases.freshAppDatabase();
    }
}
