package rocket.adapters.persistence.file;

import org.jooq.DSLContext;
import rocket.adapters.persistence.sqlite.SqliteAppDatabases;

/** The same FileRecordStore contract on a SQLite app database. */
class SqliteFileRecordStoreContractTest extends JooqFileRecordStoreContractTest {
    @Override
    DSLContext freshDatabase() {
        return SqliteAppDatabases.freshAppDatabase();
    }
}
