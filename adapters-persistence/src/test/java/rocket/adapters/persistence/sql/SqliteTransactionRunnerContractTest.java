package rocket.adapters.persistence.sql;

import org.jooq.DSLContext;
import rocket.adapters.persistence.sqlite.SqliteAppDatabases;

/** The same TransactionRunner contract on a SQLite app database. */
class SqliteTransactionRunnerContractTest extends JooqTransactionRunnerContractTest {
    @Override
    DSLContext freshDatabase() {
        return SqliteAppDatabases.freshAppDatabase();
    }
}
