package rocket.application.webhooks;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import rocket.application.apps.port.out.AppStores;
import rocket.application.webhooks.port.in.ManageWebhookLogsUseCase;
import rocket.application.webhooks.port.out.WebhookLogStore;
import rocket.domain.app.AppName;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.RocketException;
import rocket.domain.ids.Ids;
import rocket.domain.webhook.WebhookLog;

/** The delivery log of an app's webhooks; a retry makes a failed delivery due now and wakes the dispatcher. */
public final class WebhookLogService implements ManageWebhookLogsUseCase {
    private static final int LOG_LIMIT = 200;
    private final AppStores<WebhookStores> stores;
    private final WebhookDispatcher dispatcher;
    private final Clock clock;

    public WebhookLogService(AppStores<WebhookStores> stores, WebhookDispatcher dispatcher, Clock clock) {
        this.stores = stores;
        this.dispatcher = dispatcher;
        this.clock = clock;
    }

    @Override
    public List<WebhookLog> listLogs(AppName app, String webhookId, String status, String entity) {
        UUID webhook = webhookId == null ? null : Ids.parse(webhookId).orElse(new UUID(0, 0));
        return logs(app).list(webhook, status, entity, LOG_LIMIT);
    }

    @Override
    public WebhookLog getLog(AppName app, String id) {
        WebhookLogStore logs = logs(app);
        return Ids.parse(id).flatMap(logs::find).orElseThrow(() -> notFound(id));
    }

    @Override
    public WebhookLog retryLog(AppName app, String id) {
        WebhookLog log = getLog(app, id);
        if (!WebhookLog.FAILED.equals(log.status()) && !WebhookLog.RETRYING.equals(log.status())) {
            throw RocketException.of(ErrorCode.VALIDATION_FAILED, "Can only retry failed or retrying webhook logs");
        }
        WebhookLog due = logs(app).retryNow(log.id(), clock.instant()).orElseThrow(() -> notFound(id));
        dispatcher.nudge(app.value());
        return due;
    }

    private WebhookLogStore logs(AppName app) {
        return stores.of(app.value()).logs();
    }

    private static RocketException notFound(String id) {
        return RocketException.of(ErrorCode.NOT_FOUND, "Webhook log not found: " + id);
    }
}
