package rocket.application.webhooks;

import java.util.function.Supplier;
import rocket.application.apps.port.out.TransactionRunner;
import rocket.application.definitions.InMemoryDefinitionStore;
import rocket.application.webhooks.port.out.contract.WebhookLogStoreContract;

/** The in-memory outbox the dispatcher tests use meets the same contract as the jOOQ store. */
class InMemoryWebhookLogStoreContractTest extends WebhookLogStoreContract {
    @Override
    protected Stores emptyDatabase() {
        return new Stores(new InMemoryWebhookLogStore(), new InMemoryDefinitionStore(), new TransactionRunner() {
            @Override
            public <T> T inTransaction(Supplier<T> work) {
                return work.get();
            }
        });
    }
}
