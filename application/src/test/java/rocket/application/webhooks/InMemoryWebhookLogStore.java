package rocket.application.webhooks;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import rocket.application.webhooks.port.out.WebhookLogStore;
import rocket.domain.webhook.WebhookLog;

/** A {@link WebhookLogStore} in memory, in insertion order; one thread, so a claim is a plain read and write. */
public final class InMemoryWebhookLogStore implements WebhookLogStore {
    private final Map<UUID, WebhookLog> logs = new LinkedHashMap<>();

    @Override
    public WebhookLog enqueue(WebhookLog delivery) {
        return put(with(delivery, UUID.randomUUID(), WebhookLog.PENDING, 0, null, null, "", Instant.EPOCH));
    }

    @Override
    public WebhookLog record(WebhookLog delivery) {
        return put(with(delivery, UUID.randomUUID(), delivery.status(), delivery.attempt(), delivery.responseStatus(),
                delivery.responseBody(), delivery.error(), null));
    }

    @Override
    public List<WebhookLog> claimDue(Instant now, Instant leaseUntil, int limit) {
        List<WebhookLog> due = logs.values().stream().filter(InMemoryWebhookLogStore::waiting)
                .filter(l -> !l.nextRetryAt().isAfter(now)).limit(limit).toList();
        return due.stream().map(l -> put(with(l, l.id(), l.status(), l.attempt() + 1, l.responseStatus(),
                l.responseBody(), l.error(), leaseUntil))).toList();
    }

    @Override
    public long countWaiting() {
        return logs.values().stream().filter(InMemoryWebhookLogStore::waiting).count();
    }

    @Override
    public void complete(UUID id, String status, Integer responseStatus, String responseBody, String error,
                         Instant nextRetryAt) {
        WebhookLog l = logs.get(id);
        put(with(l, id, status, l.attempt(), responseStatus, responseBody, error, nextRetryAt));
    }

    @Override
    public List<WebhookLog> list(UUID webhookId, String status, String entity, int limit) {
        return logs.values().stream().filter(l -> webhookId == null || webhookId.equals(l.webhookId()))
                .filter(l -> status == null || status.equals(l.status()))
                .filter(l -> entity == null || entity.equals(l.entity())).limit(limit).toList();
    }

    @Override
    public Optional<WebhookLog> find(UUID id) {
        return Optional.ofNullable(logs.get(id));
    }

    @Override
    public Optional<WebhookLog> retryNow(UUID id, Instant now) {
        return find(id).map(l -> put(with(l, id, WebhookLog.RETRYING, l.attempt(), l.responseStatus(),
                l.responseBody(), l.error(), now)));
    }

    private static boolean waiting(WebhookLog l) {
        return WebhookLog.PENDING.equals(l.status()) || WebhookLog.RETRYING.equals(l.status());
    }

    private WebhookLog put(WebhookLog log) {
        logs.put(log.id(), log);
        return log;
    }

    private static WebhookLog with(WebhookLog l, UUID id, String status, int attempt, Integer responseStatus,
                                   String responseBody, String error, Instant nextRetryAt) {
        return new WebhookLog(id, l.webhookId(), l.entity(), l.hook(), l.url(), l.method(), l.requestHeaders(),
                l.requestBody(), responseStatus, responseBody, status, attempt, l.maxAttempts(), nextRetryAt, error,
                l.idempotencyKey(), l.createdAt(), l.updatedAt());
    }
}
