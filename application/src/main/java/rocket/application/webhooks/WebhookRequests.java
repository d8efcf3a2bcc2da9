package rocket.application.webhooks;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import rocket.application.webhooks.port.out.Delivery;
import rocket.application.webhooks.port.out.OutboundRequest;
import rocket.application.webhooks.port.out.WebhookSender;
import rocket.domain.webhook.WebhookLog;

/**
 * Sends one outbox delivery: {@code {{env.NAME}}} in header values is filled in only now (the log keeps the
 * template, so secrets never land in the database), and a delivery naming a variable the environment does not allow
 * is not sent at all.
 */
final class WebhookRequests {
    private final WebhookSender sender;
    private final WebhookEnvironment environment;

    WebhookRequests(WebhookSender sender, WebhookEnvironment environment) {
        this.sender = sender;
        this.environment = environment;
    }

    Delivery send(WebhookLog delivery, Duration timeout) {
        List<String> refused = environment.refusedNames(delivery.requestHeaders());
        if (!refused.isEmpty()) {
            return new Delivery(0, "", "not sent: headers name environment variables that are not allowed: "
                    + String.join(", ", refused));
        }
        Map<String, String> headers = environment.filled(delivery.requestHeaders());
        headers.put("Idempotency-Key", delivery.idempotencyKey());
        return sender.send(new OutboundRequest(delivery.method(), delivery.url(), headers, delivery.requestBody(),
                timeout));
    }
}
