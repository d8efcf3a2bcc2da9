package rocket.adapters.persistence.file;

import org.jooq.DSLContext;
import rocket.adapters.persistence.sqlite.SqliteContractDatabases;

/** The same FileRecordStore contract on a SQLite app database. */
class SqliteFileRecordStoreContractTest extends JooqFileRecordStoreContractTest {
    @Override
    DSLContext freshDatabase() {
        return SqliteContractDatabases.freshAppDatabase();
    }
}
