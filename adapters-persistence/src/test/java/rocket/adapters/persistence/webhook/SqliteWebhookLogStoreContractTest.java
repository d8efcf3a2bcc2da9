package rocket.adapters.persistence.webhook;

import org.jooq.DSLContext;
import rocket.adapters.persistence.sqlite.SqliteAppDatabases;

/** The same WebhookLogStore contract on a SQLite app database. */
class SqliteWebhookLogStoreContractTest extends JooqWebhookLogStoreContractTest {
    @Override
    DSLContext freshDatabase() {
        return SqliteAppDatabases.freshAppDatabase();
    }

    @Override
    protected boolean claimsSerialize() {
        return true; // no SKIP LOCKED: claims take the file's write lock one after another
    }
}
