package rocket.application.webhooks.port.in;

import java.util.List;
import rocket.domain.metadata.WebhookLog;

/** The webhook delivery log: list, get, manual retry (the webhooks themselves are definitions). */
public interface ManageWebhookLogsUseCase {
    List<WebhookLog> listLogs(String app, String webhookId, String status, String entity);

    WebhookLog getLog(String app, String id);

    WebhookLog retryLog(String app, String id);
}
