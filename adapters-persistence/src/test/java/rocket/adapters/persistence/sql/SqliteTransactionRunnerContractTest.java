package rocket.adapters.persistence.sql;

import org.jooq.DSLContext;
import rocket.adapters.persistence.sqlite.SqliteContractDatabases;

/** The same TransactionRunner contract on a SQLite app database. */
class SqliteTransactionRunnerContractTest extends JooqTransactionRunnerContractTest {
    @Override
    DSLContext freshDatabase() {
        return SqliteContractDatabases.freshAppDatabase();
    }
}
