package rocket.adapters.persistence.changes;

import org.jooq.DSLContext;
import rocket.adapters.persistence.sqlite.SqliteContractDatabases;

/** The same ChangeLog contract on a SQLite app database. */
class SqliteChangeLogContractTest extends JooqChangeLogContractTest {
    @Override
    DSLContext freshDatabase() {
        return SqliteContractDatabases.freshAppDatabase();
    }
}
