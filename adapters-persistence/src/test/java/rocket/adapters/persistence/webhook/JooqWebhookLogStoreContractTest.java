package rocket.adapters.persistence.webhook;

import org.jooq.DSLContext;
import rocket.adapters.persistence.contract.ContractDatabases;
import rocket.adapters.persistence.definition.JooqDefinitionStore;
import rocket.application.webhooks.port.out.contract.WebhookLogStoreContract;

/** The jOOQ webhook log on an app's {@code _webhook_logs} meets the webhook log (outbox) contract. */
class JooqWebhookLogStoreContractTest extends WebhookLogStoreContract {
    @Override
    protected Stores emptyDatabase() {
        DSLContext database = freshDatabase();
        return new Stores(new JooqWebhookLogStore(database), new JooqDefinitionStore(database),
                ContractDatabases.transactions(database));
    }

    /** An empty app database; the SQLite twin of this class overrides it. */
    DSLContext freshDatabase() {
        return ContractDatabases.freshAppDatabase();
    }
}
