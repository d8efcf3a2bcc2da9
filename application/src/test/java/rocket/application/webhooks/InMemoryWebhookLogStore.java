package rocket.application.webhooks;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import rocket.application.webhooks.port.out.DeliveryOutcome;
import rocket.application.webhooks.port.out.WebhookLogStore;
import rocket.domain.webhook.WebhookLog;

/**
 * A {@link WebhookLogStore} in memory. Every method holds the store's lock, so a claim leases its rows at once and a
 * concurrent claimer never sees them (what {@code SKIP LOCKED} plus the lease give the database store).
 */
public final class InMemoryWebhookLogStore implements WebhookLogStore {
    private final LinkedHashMap<UUID, WebhookLog> logs = new LinkedHashMap<>();
    private final List<Integer> completedBatches = new ArrayList<>();
    private final Clock clock;

    public InMemoryWebhookLogStore() {
        this(Clock.systemUTC());
    }

    /** Rows are created, and enqueued ones due, at {@code clock}'s instant. */
    public InMemoryWebhookLogStore(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized void enqueueAll(List<WebhookLog> deliveries) {
        Instant now = clock.instant();
        deliveries.forEach(d -> put(created(d, WebhookLog.PENDING, 0, null, "", "", now)));
    }

    @Override
    public synchronized WebhookLog record(WebhookLog d) {
        return put(created(d, d.status(), d.attempt(), d.responseStatus(), d.responseBody(), d.error(),
                d.nextRetryAt()));
    }

    @Override
    public synchronized List<WebhookLog> claimDue(Instant now, Instant leaseUntil, int limit) {
        List<WebhookLog> due = logs.values().stream().filter(InMemoryWebhookLogStore::waiting)
                .filter(l -> !l.nextRetryAt().isAfter(now)).sorted(Comparator.comparing(WebhookLog::nextRetryAt))
                .limit(limit).toList();
        return due.stream().map(l -> put(with(l, l.status(), l.attempt() + 1, l.responseStatus(), l.responseBody(),
                l.error(), leaseUntil))).toList();
    }

    @Override
    public synchronized long countWaiting() {
        return logs.values().stream().filter(InMemoryWebhookLogStore::waiting).count();
    }

    @Override
    public synchronized Optional<Instant> nextDue() {
        return logs.values().stream().filter(InMemoryWebhookLogStore::waiting).map(WebhookLog::nextRetryAt)
                .min(Comparator.naturalOrder());
    }

    @Override
    public synchronized void completeAll(List<DeliveryOutcome> outcomes) {
        completedBatches.add(outcomes.size());
        outcomes.forEach(o -> {
            WebhookLog l = logs.get(o.id());
            if (l != null) {
                put(with(l, o.status(), l.attempt(), o.responseStatus(), o.responseBody(), o.error(),
                        o.nextRetryAt()));
            }
        });
    }

    @Override
    public synchronized List<WebhookLog> list(UUID webhookId, String status, String entity, int limit) {
        return logs.sequencedValues().reversed().stream().filter(l -> webhookId == null || webhookId.equals(l.webhookId()))
                .filter(l -> status == null || status.equals(l.status()))
                .filter(l -> entity == null || entity.equals(l.entity())).limit(limit).toList();
    }

    @Override
    public synchronized Optional<WebhookLog> find(UUID id) {
        return Optional.ofNullable(logs.get(id));
    }

    @Override
    public synchronized Optional<WebhookLog> retryNow(UUID id, Instant now) {
        return find(id).map(l -> put(with(l, WebhookLog.RETRYING, l.attempt(), l.responseStatus(),
                l.responseBody(), l.error(), now)));
    }

    /** Every row, oldest first (what tests inspect after a run). */
    public synchronized List<WebhookLog> all() {
        return List.copyOf(logs.values());
    }

    /** The size of each {@link #completeAll} call so far: one per statement the database store would run. */
    public synchronized List<Integer> completedBatches() {
        return List.copyOf(completedBatches);
    }

    private static boolean waiting(WebhookLog l) {
        return WebhookLog.PENDING.equals(l.status()) || WebhookLog.RETRYING.equals(l.status());
    }

    private WebhookLog put(WebhookLog log) {
        logs.put(log.id(), log);
        return log;
    }

    private WebhookLog created(WebhookLog d, String status, int attempt, Integer responseStatus, String responseBody,
                               String error, Instant nextRetryAt) {
        Instant now = clock.instant();
        return new WebhookLog(UUID.randomUUID(), d.webhookId(), d.entity(), d.hook(), d.url(), d.method(),
                d.requestHeaders(), d.requestBody(), responseStatus, responseBody == null ? "" : responseBody, status,
                attempt, d.maxAttempts(), nextRetryAt, error == null ? "" : error, d.idempotencyKey(), now, now);
    }

    private static WebhookLog with(WebhookLog l, String status, int attempt, Integer responseStatus,
                                   String responseBody, String error, Instant nextRetryAt) {
        return new WebhookLog(l.id(), l.webhookId(), l.entity(), l.hook(), l.url(), l.method(), l.requestHeaders(),
                l.requestBody(), responseStatus, responseBody == null ? "" : responseBody, status, attempt,
                l.maxAttempts(), nextRetryAt, error == null ? "" : error, l.idempotencyKey(), l.createdAt(),
                l.updatedAt());
    }
}
