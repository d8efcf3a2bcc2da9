package rocket.adapters.persistence.metadata;

import org.jooq.DSLContext;
import rocket.adapters.persistence.sqlite.SqliteAppDatabases;

/** The same MetadataStore contract on a SQLite app database. */
class SqliteMetadataStoreContractTest extends JooqMetadataStoreContractTest {
    @Override
    DSLContext freshDatabase() {
        return SqliteAppDatabases.freshAppDatabase();
    }
}
