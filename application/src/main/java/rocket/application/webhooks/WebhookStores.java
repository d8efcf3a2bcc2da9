package rocket.application.webhooks;

import rocket.application.apps.port.out.TransactionRunner;
import rocket.application.webhooks.port.out.WebhookLogStore;

/** The stores of one app that webhook deliveries go through: the delivery log (the outbox) and transactions. */
public record WebhookStores(WebhookLogStore logs, TransactionRunner transactions) {
}
