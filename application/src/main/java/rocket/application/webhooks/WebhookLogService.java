package rocket.application.webhooks;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import rocket.application.apps.AppRegistry;
import rocket.application.apps.port.out.AppDatabase;
import rocket.application.webhooks.port.in.ManageWebhookLogsUseCase;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.RocketException;
import rocket.domain.ids.Ids;
import rocket.domain.metadata.WebhookLog;

/** The delivery log of an app's webhooks; a retry makes a failed delivery due now and wakes the dispatcher. */
public final class WebhookLogService implements ManageWebhookLogsUseCase {
    private static final int LOG_LIMIT = 200;
    private final AppRegistry apps;
    private final WebhookDispatcher dispatcher;
    private final Clock clock;

    public WebhookLogService(AppRegistry apps, WebhookDispatcher dispatcher, Clock clock) {
        this.apps = apps;
        this.dispatcher = dispatcher;
        this.clock = clock;
    }

    @Override
    public List<WebhookLog> listLogs(String app, String webhookId, String status, String entity) {
        UUID webhook = webhookId == null ? null : Ids.parse(webhookId).orElse(new UUID(0, 0));
        return db(app).webhookLogs().list(webhook, status, entity, LOG_LIMIT);
    }

    @Override
    public WebhookLog getLog(String app, String id) {
        AppDatabase db = db(app);
        return Ids.parse(id).flatMap(db.webhookLogs()::find).orElseThrow(() -> notFound(id));
    }

    @Override
    public WebhookLog retryLog(String app, String id) {
        WebhookLog log = getLog(app, id);
        if (!WebhookLog.FAILED.equals(log.status()) && !WebhookLog.RETRYING.equals(log.status())) {
            throw RocketException.of(ErrorCode.VALIDATION_FAILED, "Can only retry failed or retrying webhook logs");
        }
        WebhookLog due = db(app).webhookLogs().retryNow(log.id(), clock.instant()).orElseThrow(() -> notFound(id));
        dispatcher.nudge(app);
        return due;
    }

    private AppDatabase db(String app) {
        return apps.resolve(app).database();
    }

    private static RocketException notFound(String id) {
        return RocketException.of(ErrorCode.NOT_FOUND, "Webhook log not found: " + id);
    }
}
