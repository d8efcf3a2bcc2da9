package rocket.adapters.persistence.definition;

import org.jooq.DSLContext;
import rocket.adapters.persistence.sqlite.SqliteContractDatabases;

/** The same DefinitionStore contract on a SQLite app database. */
class SqliteDefinitionStoreContractTest extends JooqDefinitionStoreContractTest {
    @Override
    DSLContext freshDatabase() {
        return SqliteContractDatabases.freshAppDatabase();
    }
}
