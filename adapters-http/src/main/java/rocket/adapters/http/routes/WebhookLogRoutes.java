package rocket.adapters.http.routes;

import io.javalin.config.RoutesConfig;
import java.util.LinkedHashMap;
import java.util.Map;
import rocket.adapters.http.support.Guard;
import rocket.adapters.http.support.Responses;
import rocket.application.webhooks.port.in.ManageWebhookLogsUseCase;
import rocket.domain.webhook.WebhookLog;

/** {@code /api/{app}/_admin/webhook-logs} (app admin): the delivery log and manual retries. */
public final class WebhookLogRoutes implements RouteGroup {
    private static final String LOGS = "/api/{app}/_admin/webhook-logs";
    private final ManageWebhookLogsUseCase logs;
    private final Guard guard;

    public WebhookLogRoutes(ManageWebhookLogsUseCase logs, Guard guard) {
        this.logs = logs;
        this.guard = guard;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(LOGS, ctx -> Responses.data(ctx, 200, logs.listLogs(guard.adminApp(ctx),
                ctx.queryParam("webhook_id"), ctx.queryParam("status"), ctx.queryParam("entity")).stream()
                .map(WebhookLogRoutes::log).toList()));
        routes.get(LOGS + "/{id}", ctx -> Responses.data(ctx, 200,
                log(logs.getLog(guard.adminApp(ctx), ctx.pathParam("id")))));
        routes.post(LOGS + "/{id}/retry", ctx -> {
            WebhookLog due = logs.retryLog(guard.adminApp(ctx), ctx.pathParam("id"));
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", due.id().toString());
            m.put("webhook_id", due.webhookId().toString());
            m.put("entity", due.entity());
            m.put("hook", due.hook());
            m.put("url", due.url());
            m.put("method", due.method());
            m.put("status", due.status());
            m.put("attempt", due.attempt());
            m.put("max_attempts", due.maxAttempts());
            m.put("next_retry_at", due.nextRetryAt());
            m.put("updated_at", due.updatedAt());
            Responses.data(ctx, 200, m);
        });
    }

    private static Map<String, Object> log(WebhookLog l) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", l.id().toString());
        m.put("webhook_id", l.webhookId().toString());
        m.put("entity", l.entity());
        m.put("hook", l.hook());
        m.put("url", l.url());
        m.put("method", l.method());
        m.put("request_headers", l.requestHeaders());
        m.put("request_body", l.requestBody());
        m.put("response_status", l.responseStatus());
        m.put("response_body", l.responseBody());
        m.put("status", l.status());
        m.put("attempt", l.attempt());
        m.put("max_attempts", l.maxAttempts());
        m.put("next_retry_at", l.nextRetryAt());
        m.put("error", l.error());
        m.put("idempotency_key", l.idempotencyKey());
        m.put("created_at", l.createdAt());
        m.put("updated_at", l.updatedAt());
        return m;
    }
}
