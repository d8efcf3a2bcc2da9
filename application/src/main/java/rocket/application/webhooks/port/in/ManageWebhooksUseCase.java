package rocket.application.webhooks.port.in;

import java.util.List;
import java.util.UUID;
import rocket.domain.metadata.Webhook;
import rocket.domain.metadata.WebhookLog;

/** Webhook administration and the delivery log (list, get, manual retry). */
public interface ManageWebhooksUseCase {
    List<Webhook> listWebhooks(String app);

    Webhook getWebhook(String app, String id);

    Webhook createWebhook(String app, WebhookCommand command);

    Webhook updateWebhook(String app, String id, WebhookCommand command);

    UUID deleteWebhook(String app, String id);

    List<WebhookLog> listLogs(String app, String webhookId, String status, String entity);

    WebhookLog getLog(String app, String id);

    WebhookLog retryLog(String app, String id);
}
