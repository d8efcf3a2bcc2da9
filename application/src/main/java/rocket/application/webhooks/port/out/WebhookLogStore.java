package rocket.application.webhooks.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import rocket.domain.webhook.WebhookLog;

/**
 * Webhook deliveries ({@code _webhook_logs}). Async deliveries are written here in the same transaction as the
 * record change (a transactional outbox) and picked up by the dispatcher.
 */
public interface WebhookLogStore {
    /**
     * New deliveries, due now (status {@code pending}, attempt 0), in one statement: a write that fires several
     * async webhooks queues them in one round trip, inside its transaction.
     */
    void enqueueAll(List<WebhookLog> deliveries);

    /** A finished synchronous delivery (status and response already known). */
    WebhookLog record(WebhookLog delivery);

    /**
     * Claims up to {@code limit} due deliveries (pending or retrying, {@code next_retry_at <= now}) with
     * {@code FOR UPDATE SKIP LOCKED}: increments their attempt and pushes {@code next_retry_at} to
     * {@code leaseUntil}, so no other dispatcher takes them unless this one dies. Call inside a transaction.
     */
    List<WebhookLog> claimDue(Instant now, Instant leaseUntil, int limit);

    /** Deliveries waiting for an attempt (pending or retrying): the outbox's queue depth. */
    long countWaiting();

    /**
     * The earliest {@code next_retry_at} of the waiting deliveries, due or not (a lease or a retry still running
     * counts); empty when none waits.
     */
    Optional<Instant> nextDue();

    /** Stores the outcomes of attempts, in one statement. */
    void completeAll(List<DeliveryOutcome> outcomes);

    /** Newest first, at most {@code limit}; null filters are ignored. */
    List<WebhookLog> list(UUID webhookId, String status, String entity, int limit);

    Optional<WebhookLog> find(UUID id);

    /** Makes a failed/retrying delivery due now (attempt unchanged); empty when absent. */
    Optional<WebhookLog> retryNow(UUID id, Instant now);
}
