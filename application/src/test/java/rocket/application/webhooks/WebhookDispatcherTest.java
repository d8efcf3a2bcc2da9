package rocket.application.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import rocket.application.apps.port.out.TransactionRunner;
import rocket.application.webhooks.port.out.Delivery;
import rocket.application.webhooks.port.out.OutboundRequest;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.RocketException;
import rocket.domain.webhook.WebhookLog;

/** One dispatcher pass over the loaded apps' outboxes, on in-memory stores and a sender that answers as told. */
class WebhookDispatcherTest {
    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final WebhookSettings SETTINGS = new WebhookSettings(Duration.ofSeconds(5), Duration.ofSeconds(30),
            Duration.ofSeconds(30), Duration.ofSeconds(90), 4, Duration.ofSeconds(1));
    private final InMemoryWebhookLogStore logs = new InMemoryWebhookLogStore();
    private final List<OutboundRequest> sent = new ArrayList<>();
    private final TransactionRunner direct = new TransactionRunner() {
        @Override
        public <T> T inTransaction(Supplier<T> work) {
            return work.get();
        }
    };

    private WebhookDispatcher dispatcher(int answer) {
        WebhookStores stores = new WebhookStores(logs, direct);
        return new WebhookDispatcher(() -> List.of("gone", "shop"), app -> {
            if (app.equals("gone")) { // deleted since it was listed
                throw RocketException.of(ErrorCode.APP_NOT_FOUND, "App not found: " + app);
            }
            return stores;
        }, request -> {
            sent.add(request);
            return new Delivery(answer, "answer " + answer, null);
        }, new WebhookEnvironment("ROCKET_WEBHOOK_ENV_", Map.of()), SETTINGS, Clock.fixed(NOW, ZoneOffset.UTC),
                Runnable::run);
    }

    private WebhookLog queued(int maxAttempts) {
        return logs.enqueue(new WebhookLog(null, UUID.randomUUID(), "order", "after_write", "https://hooks.test/o",
                "POST", Map.of(), Map.of("event", "after_write"), null, "", WebhookLog.PENDING, 0, maxAttempts, null,
                "", "wh_1", null, null));
    }

    @Test
    void theWaitingGaugeCountsTheLoadedAppsAndSkipsOneDeletedSinceTheListing() {
        queued(3);
        queued(3);
        assertThat(dispatcher(204).waiting()).isEqualTo(2);
    }

    @Test
    void aQueuedDeliveryOfALoadedAppIsSentOnceAndRecordedAsDelivered() {
        WebhookLog delivery = queued(3);
        WebhookDispatcher dispatcher = dispatcher(204);
        dispatcher.run();

        assertThat(sent).singleElement().satisfies(request -> {
            assertThat(request.url()).isEqualTo("https://hooks.test/o");
            assertThat(request.headers()).containsEntry("Idempotency-Key", "wh_1");
            assertThat(request.timeout()).isEqualTo(SETTINGS.asyncTimeout());
        });
        WebhookLog recorded = logs.find(delivery.id()).orElseThrow();
        assertThat(recorded.status()).isEqualTo(WebhookLog.DELIVERED);
        assertThat(recorded.attempt()).isEqualTo(1);
        assertThat(recorded.responseStatus()).isEqualTo(204);
        assertThat(dispatcher.attempts()).isEqualTo(1);
        assertThat(dispatcher.inFlight()).isZero();

        dispatcher.run(); // nothing due any more, and the app is left alone until its idle recheck
        assertThat(sent).hasSize(1);
    }

    @Test
    void aRefusedDeliveryIsRetriedAfterTheBackoffAndFailsForGoodOnItsLastAttempt() {
        WebhookLog retried = queued(3);
        WebhookLog last = queued(1);
        dispatcher(500).run();

        WebhookLog retrying = logs.find(retried.id()).orElseThrow();
        assertThat(retrying.status()).isEqualTo(WebhookLog.RETRYING);
        assertThat(retrying.error()).isEqualTo("HTTP 500");
        assertThat(retrying.nextRetryAt()).isEqualTo(NOW.plus(SETTINGS.retryBase()));
        WebhookLog failed = logs.find(last.id()).orElseThrow();
        assertThat(failed.status()).isEqualTo(WebhookLog.FAILED);
        assertThat(failed.nextRetryAt()).isNull();
        assertThat(sent).hasSize(2);
    }
}
