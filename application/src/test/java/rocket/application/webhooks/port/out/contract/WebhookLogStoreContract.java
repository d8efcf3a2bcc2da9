package rocket.application.webhooks.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import rocket.application.apps.port.out.TransactionRunner;
import rocket.application.contract.HeldTransaction;
import rocket.application.definitions.port.out.DefinitionStore;
import rocket.application.webhooks.port.out.DeliveryOutcome;
import rocket.application.webhooks.port.out.WebhookLogStore;
import rocket.domain.definition.DefinitionKinds;
import rocket.domain.webhook.WebhookLog;

/**
 * What every {@link WebhookLogStore} must do: the outbox hands each due delivery to one dispatcher at a time (claimed
 * with a lease, skipped by a concurrent claimer), outcomes and manual retries are kept, and the log lists newest first.
 */
public abstract class WebhookLogStoreContract {
    /** The log, the webhook definitions deliveries belong to and the transactions of the same, empty database. */
    public record Stores(WebhookLogStore logs, DefinitionStore definitions, TransactionRunner transactions) {
    }

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    private static final Instant LEASE = NOW.plusSeconds(30);

    protected Stores stores;
    private WebhookLogStore logs;
    private UUID webhookId;

    protected abstract Stores emptyDatabase();

    /**
     * True for a store whose claims run one at a time (SQLite: one write transaction per file) instead of skipping
     * rows another claim holds: a second claimer then waits, and never gets what the first leased.
     */
    protected boolean claimsSerialize() {
        return false;
    }

    @BeforeEach
    void oneWebhookNoDeliveries() {
        stores = emptyDatabase();
        logs = stores.logs();
        webhookId = webhook("order");
    }

    private UUID webhook(String entity) {
        return stores.definitions().insert(DefinitionKinds.WEBHOOKS, Map.of("entity", entity, "hook", "after_write",
                "url", "https://example.com/hook", "method", "POST", "headers", Map.of(), "condition", "",
                "async", true, "retry", Map.of("max_attempts", 3), "active", true)).orElseThrow().id();
    }

    private WebhookLog delivery(UUID webhook, String entity, String status, int attempt, Instant nextRetryAt) {
        return new WebhookLog(null, webhook, entity, "after_write", "https://example.com/hook", "POST",
                Map.of("X-Trace", "t-1"), Map.of("event", "create", "record", Map.of("id", 7)), null, null, status,
                attempt, 3, nextRetryAt, null, "idem-" + UUID.randomUUID(), null, null);
    }

    private WebhookLog dueAt(Instant at) {
        return logs.record(delivery(webhookId, "order", WebhookLog.PENDING, 0, at));
    }

    private List<UUID> claim(Instant now, int limit) {
        return stores.transactions().inTransaction(() -> logs.claimDue(now, LEASE, limit)).stream()
                .map(WebhookLog::id).toList();
    }

    @Test
    void anEnqueuedDeliveryIsPendingDueNowAtAttemptZeroAndReadsBack() {
        Instant before = Instant.now().minusSeconds(1);
        logs.enqueueAll(List.of(delivery(webhookId, "order", WebhookLog.DELIVERED, 5, null)));
        WebhookLog enqueued = logs.list(null, null, null, 10).getFirst();

        assertThat(enqueued.id()).isNotNull();
        assertThat(enqueued.status()).isEqualTo(WebhookLog.PENDING);
        assertThat(enqueued.attempt()).isZero();
        assertThat(enqueued.nextRetryAt()).isBetween(before, Instant.now().plusSeconds(1));
        assertThat(enqueued.createdAt()).isBetween(before, Instant.now().plusSeconds(1));
        assertThat(enqueued.requestHeaders()).isEqualTo(Map.of("X-Trace", "t-1"));
        assertThat(enqueued.requestBody()).isEqualTo(Map.of("event", "create", "record", Map.of("id", 7)));
        assertThat(enqueued.maxAttempts()).isEqualTo(3);
        assertThat(logs.find(enqueued.id())).contains(enqueued);
        assertThat(logs.find(UUID.randomUUID())).isEmpty();
        assertThat(claim(Instant.now().plusSeconds(1), 10)).containsExactly(enqueued.id());
    }

    @Test
    void enqueueAllQueuesEveryDeliveryOfOneCallAndNothingForAnEmptyOne() {
        UUID otherHook = webhook("invoice");
        logs.enqueueAll(List.of());
        assertThat(logs.countWaiting()).isZero();

        logs.enqueueAll(List.of(delivery(webhookId, "order", null, 0, null),
                delivery(otherHook, "invoice", null, 0, null), delivery(webhookId, "order", null, 0, null)));

        List<WebhookLog> queued = logs.list(null, null, null, 10);
        assertThat(queued).hasSize(3).allSatisfy(d -> {
            assertThat(d.status()).isEqualTo(WebhookLog.PENDING);
            assertThat(d.attempt()).isZero();
        });
        assertThat(queued).extracting(WebhookLog::idempotencyKey).doesNotHaveDuplicates();
        assertThat(queued).extracting(WebhookLog::webhookId).containsOnly(webhookId, otherHook);
        assertThat(claim(Instant.now().plusSeconds(1), 10)).containsExactlyInAnyOrderElementsOf(
                queued.stream().map(WebhookLog::id).toList());
    }

    @Test
    void aRecordedDeliveryKeepsItsStatusAttemptAndResponse() {
        WebhookLog done = new WebhookLog(null, webhookId, "order", "before_write", "https://example.com/sync", "PUT",
                Map.of(), Map.of(), 200, "ok", WebhookLog.DELIVERED, 1, 1, null, null, "idem-sync", null, null);

        WebhookLog recorded = logs.record(done);

        assertThat(logs.find(recorded.id()).orElseThrow()).extracting(WebhookLog::status, WebhookLog::attempt,
                WebhookLog::responseStatus, WebhookLog::responseBody, WebhookLog::method, WebhookLog::idempotencyKey)
                .containsExactly(WebhookLog.DELIVERED, 1, 200, "ok", "PUT", "idem-sync");
        assertThat(claim(NOW.plusSeconds(3600), 10)).as("delivered is never due").isEmpty();
    }

    @Test
    void claimingTakesDuePendingAndRetryingDeliveriesEarliestFirstAndLeasesThem() {
        WebhookLog later = dueAt(NOW.minusSeconds(10));
        WebhookLog earlier = dueAt(NOW.minusSeconds(20));
        WebhookLog retrying = logs.record(delivery(webhookId, "order", WebhookLog.RETRYING, 1, NOW.minusSeconds(5)));
        dueAt(NOW.plusSeconds(3600));
        logs.record(delivery(webhookId, "order", WebhookLog.FAILED, 3, NOW.minusSeconds(30)));

        List<WebhookLog> claimed = stores.transactions().inTransaction(() -> logs.claimDue(NOW, LEASE, 2));

        assertThat(claimed).extracting(WebhookLog::id).containsExactlyInAnyOrder(earlier.id(), later.id());
        assertThat(claimed).allSatisfy(d -> {
            assertThat(d.attempt()).isEqualTo(1);
            assertThat(d.nextRetryAt()).isEqualTo(LEASE);
        });
        assertThat(claim(NOW, 10)).as("leased deliveries wait for their lease").containsExactly(retrying.id());
        assertThat(logs.find(retrying.id()).orElseThrow().attempt()).isEqualTo(2);
        assertThat(claim(LEASE, 10)).as("a lease that ran out is due again")
                .containsExactlyInAnyOrder(earlier.id(), later.id(), retrying.id());
    }

    @Test
    void aDeliveryOneDispatcherHoldsIsSkippedByAnother() throws Exception {
        WebhookLog first = dueAt(NOW.minusSeconds(20));
        WebhookLog second = dueAt(NOW.minusSeconds(10));
        if (claimsSerialize()) {
            var claims = HeldTransaction.runSerialized(stores.transactions(),
                    () -> logs.claimDue(NOW, LEASE, 1).stream().map(WebhookLog::id).toList(), () -> claim(NOW, 10));
            assertThat(claims.waitedWhileHeld()).as("the second claim waits for the held one").isTrue();
            assertThat(claims.held()).containsExactly(first.id());
            assertThat(claims.meanwhile()).as("the leased delivery is no longer due").containsExactly(second.id());
            return;
        }

        var claims = HeldTransaction.run(stores.transactions(),
                () -> logs.claimDue(NOW, LEASE, 1).stream().map(WebhookLog::id).toList(), () -> claim(NOW, 10));

        assertThat(claims.held()).containsExactly(first.id());
        assertThat(claims.meanwhile()).containsExactly(second.id());
    }

    @Test
    void waitingCountsPendingAndRetryingOnly() {
        dueAt(NOW);
        logs.record(delivery(webhookId, "order", WebhookLog.RETRYING, 1, NOW.plusSeconds(60)));
        logs.record(delivery(webhookId, "order", WebhookLog.DELIVERED, 1, null));
        logs.record(delivery(webhookId, "order", WebhookLog.FAILED, 3, null));

        assertThat(logs.countWaiting()).isEqualTo(2);
    }

    @Test
    void completeAllStoresTheOutcomeOfEachAttemptAndLeavesOtherDeliveriesAlone() {
        WebhookLog retried = dueAt(NOW);
        WebhookLog delivered = dueAt(NOW);
        WebhookLog untouched = dueAt(NOW);
        Instant retryAt = NOW.plusSeconds(120);
        logs.completeAll(List.of());

        logs.completeAll(List.of(new DeliveryOutcome(retried.id(), WebhookLog.RETRYING, 503, "busy", "HTTP 503", retryAt),
                new DeliveryOutcome(delivered.id(), WebhookLog.DELIVERED, 200, null, null, null)));

        assertThat(logs.find(retried.id()).orElseThrow()).extracting(WebhookLog::status, WebhookLog::responseStatus,
                WebhookLog::responseBody, WebhookLog::error, WebhookLog::nextRetryAt).containsExactly(
                WebhookLog.RETRYING, 503, "busy", "HTTP 503", retryAt);
        assertThat(logs.find(delivered.id()).orElseThrow()).extracting(WebhookLog::status, WebhookLog::responseStatus,
                WebhookLog::responseBody, WebhookLog::error, WebhookLog::nextRetryAt).containsExactly(
                WebhookLog.DELIVERED, 200, "", "", null);
        assertThat(logs.find(untouched.id()).orElseThrow().status()).isEqualTo(WebhookLog.PENDING);
        assertThat(claim(NOW.plusSeconds(60), 10)).containsExactly(untouched.id());
        assertThat(claim(retryAt, 10)).as("the retry, and the other one whose lease ran out")
                .containsExactlyInAnyOrder(retried.id(), untouched.id());
    }

    @Test
    void theNextDueIsTheEarliestWaitingDeliveryDueOrNot() {
        assertThat(logs.nextDue()).isEmpty();
        logs.record(delivery(webhookId, "order", WebhookLog.FAILED, 3, NOW.minusSeconds(90)));
        dueAt(NOW.plusSeconds(60));
        assertThat(logs.nextDue()).as("a failed delivery does not wait; a leased one does").contains(
                NOW.plusSeconds(60));

        dueAt(NOW.minusSeconds(5));
        logs.record(delivery(webhookId, "order", WebhookLog.RETRYING, 1, NOW.minusSeconds(30)));

        assertThat(logs.nextDue()).contains(NOW.minusSeconds(30));
    }

    @Test
    void theLogIsNewestFirstFilteredAndLimited() {
        UUID otherHook = webhook("invoice");
        WebhookLog first = dueAt(NOW);
        WebhookLog second = logs.record(delivery(otherHook, "invoice", WebhookLog.FAILED, 3, null));
        WebhookLog third = dueAt(NOW);

        assertThat(logs.list(null, null, null, 10)).extracting(WebhookLog::id)
                .containsExactly(third.id(), second.id(), first.id());
        assertThat(logs.list(null, null, null, 2)).extracting(WebhookLog::id).containsExactly(third.id(), second.id());
        assertThat(logs.list(webhookId, null, null, 10)).extracting(WebhookLog::id)
                .containsExactly(third.id(), first.id());
        assertThat(logs.list(null, WebhookLog.FAILED, null, 10)).extracting(WebhookLog::id).containsExactly(second.id());
        assertThat(logs.list(null, null, "invoice", 10)).extracting(WebhookLog::id).containsExactly(second.id());
        assertThat(logs.list(webhookId, WebhookLog.FAILED, null, 10)).isEmpty();
    }

    @Test
    void retryNowMakesADeliveryDueNowWithItsAttemptUnchanged() {
        WebhookLog failed = logs.record(delivery(webhookId, "order", WebhookLog.FAILED, 3, null));

        WebhookLog retried = logs.retryNow(failed.id(), NOW).orElseThrow();

        assertThat(retried.status()).isEqualTo(WebhookLog.RETRYING);
        assertThat(retried.attempt()).isEqualTo(3);
        assertThat(retried.nextRetryAt()).isEqualTo(NOW);
        assertThat(claim(NOW, 10)).containsExactly(failed.id());
        assertThat(logs.retryNow(UUID.randomUUID(), NOW)).isEmpty();
    }
}
