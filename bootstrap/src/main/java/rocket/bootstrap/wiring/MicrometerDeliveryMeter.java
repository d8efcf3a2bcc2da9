package rocket.bootstrap.wiring;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import rocket.application.webhooks.port.out.DeliveryMeter;
import rocket.domain.webhook.WebhookLog;

/**
 * Webhook delivery throughput and lag on {@code /api/_platform/metrics}: {@code rocket_webhooks_deliveries_total}
 * per outcome, and {@code rocket_webhooks_lag_seconds} (outbox row created → receiver answered, p50 and p99).
 */
final class MicrometerDeliveryMeter implements DeliveryMeter {
    private final Map<String, Counter> attempts;
    private final Timer lag;

    MicrometerDeliveryMeter(MeterRegistry registry) {
        attempts = List.of(WebhookLog.DELIVERED, WebhookLog.RETRYING, WebhookLog.FAILED).stream()
                .collect(Collectors.toUnmodifiableMap(Function.identity(), outcome -> Counter
                        .builder("rocket.webhooks.deliveries").tag("outcome", outcome)
                        .description("webhook delivery attempts, by the status they left the delivery in")
                        .register(registry)));
        lag = Timer.builder("rocket.webhooks.lag").publishPercentiles(0.5, 0.99)
                .description("time from a delivery's outbox row to the receiver's answer").register(registry);
    }

    @Override
    public void attempted(String status, Duration lag) {
        Counter counter = attempts.get(status);
        if (counter != null) {
            counter.increment();
        }
        if (lag != null && !lag.isNegative()) {
            this.lag.record(lag);
        }
    }
}
