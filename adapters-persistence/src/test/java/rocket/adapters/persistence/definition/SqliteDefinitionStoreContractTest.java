package rocket.adapters.persistence.definition;

import org.jooq.DSLContext;
import rocket.adapters.persistence.sqlite.SqliteAppDatabases;

/** The same DefinitionStore contract on a SQLite app database. */
class SqliteDefinitionStoreContractTest extends JooqDefinitionStoreContractTest {
    @Override
    DSLContext freshDatabase() {
        return SqliteAppDatabases.freshAppDatabase();
    }
}
