package rocket.application.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import rocket.application.webhooks.port.out.DeliveryMeter;
import rocket.domain.app.AppName;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.RocketException;
import rocket.domain.webhook.WebhookLog;

/**
 * The delivery log on an in-memory outbox: only a failed or retrying delivery is retried; a retry wakes the dispatcher.
 */
class WebhookLogServiceTest {
    private static final AppName SHOP = AppName.of("shop");
    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private final InMemoryWebhookLogStore logs = new InMemoryWebhookLogStore();
    private final List<String> passes = new ArrayList<>();
    private final WebhookLogService service;

    WebhookLogServiceTest() {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        WebhookDispatcher dispatcher = new WebhookDispatcher(List::of, app -> null, request -> null,
                new WebhookEnvironment("ROCKET_WEBHOOK_ENV_", Map.of()), WebhookSettings.defaults(), clock,
                Runnable::run, DeliveryMeter.NONE);
        dispatcher.onNudge(() -> passes.add("asked"));
        service = new WebhookLogService(app -> new WebhookStores(logs, null), dispatcher, clock);
    }

    private WebhookLog logged(String status) {
        return logs.record(new WebhookLog(null, UUID.randomUUID(), "order", "after_write", "https://hooks.test/o",
                "POST", Map.of(), Map.of(), 500, "", status, 1, 3, null, "HTTP 500", "wh_1", null, null));
    }

    @Test
    void aFailedDeliveryIsDueNowAndTheDispatcherIsWokenForItsApp() {
        WebhookLog failed = logged(WebhookLog.FAILED);
        WebhookLog delivered = logged(WebhookLog.DELIVERED);

        WebhookLog due = service.retryLog(SHOP, failed.id().toString());

        assertThat(due.status()).isEqualTo(WebhookLog.RETRYING);
        assertThat(due.nextRetryAt()).isEqualTo(NOW);
        assertThat(passes).hasSize(1);
        assertThat(service.listLogs(SHOP, null, WebhookLog.RETRYING, null)).extracting(WebhookLog::id)
                .containsExactly(failed.id());
        assertThatThrownBy(() -> service.retryLog(SHOP, delivered.id().toString()))
                .isInstanceOfSatisfying(RocketException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
                    assertThat(e.getMessage()).isEqualTo("Can only retry failed or retrying webhook logs");
                });
        assertThat(passes).hasSize(1);
        assertThatThrownBy(() -> service.getLog(SHOP, "not-an-id"))
                .isInstanceOfSatisfying(RocketException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
    }
}
