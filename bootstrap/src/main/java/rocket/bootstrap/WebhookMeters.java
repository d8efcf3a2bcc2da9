package rocket.bootstrap;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.ThreadPoolExecutor;
import rocket.application.webhooks.WebhookDispatcher;

/** Webhook dispatch gauges, read on every scrape of {@code /api/_platform/metrics}. */
final class WebhookMeters {
    private WebhookMeters() {
    }

    static void register(MeterRegistry registry, WebhookDispatcher dispatcher, ThreadPoolExecutor workers) {
        Gauge.builder("rocket.webhooks.in_flight", dispatcher, WebhookDispatcher::inFlight)
                .description("webhook deliveries being sent").register(registry);
        Gauge.builder("rocket.webhooks.waiting", dispatcher, WebhookDispatcher::waiting)
                .description("deliveries waiting in the outboxes of loaded apps (pending or retrying)")
                .register(registry);
        Gauge.builder("rocket.webhooks.oldest_waiting", dispatcher, d -> d.oldestWaiting().toMillis() / 1000.0)
                .baseUnit("seconds").description("how long the longest-overdue delivery of loaded apps has waited")
                .register(registry);
        Gauge.builder("rocket.webhooks.worker_queue", workers, w -> w.getQueue().size())
                .description("claimed deliveries queued for a worker thread").register(registry);
    }
}
