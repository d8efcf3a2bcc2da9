package rocket.adapters.persistence.workflow;

import org.jooq.DSLContext;
import rocket.adapters.persistence.sqlite.SqliteAppDatabases;

/** The same WorkflowInstanceStore contract on a SQLite app database. */
class SqliteWorkflowInstanceStoreContractTest extends JooqWorkflowInstanceStoreContractTest {
    @Override
    DSLContext freshDatabase() {
        return SqliteAppDatabases.freshAppDatabase();
    }

    @Override
    protected boolean claimsSerialize() {
        return true; // no SKIP LOCKED: claims take the file's write lock one after another
    }
}
