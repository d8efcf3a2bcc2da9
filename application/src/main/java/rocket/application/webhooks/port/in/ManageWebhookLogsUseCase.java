package rocket.application.webhooks.port.in;

import java.util.List;
import rocket.domain.app.AppName;
import rocket.domain.webhook.WebhookLog;

/** The webhook delivery log: list, get, manual retry (the webhooks themselves are definitions). */
public interface ManageWebhookLogsUseCase {
    List<WebhookLog> listLogs(AppName app, String webhookId, String status, String entity);

    WebhookLog getLog(AppName app, String id);

    WebhookLog retryLog(AppName app, String id);
}
