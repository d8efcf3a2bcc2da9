package rocket.adapters.http.routes;

import io.javalin.config.RoutesConfig;
import java.util.LinkedHashMap;
import java.util.Map;
import rocket.adapters.http.support.Guard;
import rocket.adapters.http.support.JsonBodies;
import rocket.adapters.http.support.Responses;
import rocket.application.webhooks.port.in.ManageWebhooksUseCase;
import rocket.application.webhooks.port.in.WebhookCommand;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.RocketException;
import rocket.domain.metadata.Webhook;
import rocket.domain.metadata.WebhookLog;

/** {@code /api/{app}/_admin/webhooks} and {@code /_admin/webhook-logs} (app admin). */
public final class WebhookRoutes implements RouteGroup {
    private static final String HOOKS = "/api/{app}/_admin/webhooks";
    private static final String LOGS = "/api/{app}/_admin/webhook-logs";
    private final ManageWebhooksUseCase webhooks;
    private final JsonBodies bodies;
    private final Guard guard;

    public WebhookRoutes(ManageWebhooksUseCase webhooks, JsonBodies bodies, Guard guard) {
        this.webhooks = webhooks;
        this.bodies = bodies;
        this.guard = guard;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(HOOKS, ctx -> Responses.data(ctx, 200, webhooks.listWebhooks(guard.adminApp(ctx)).stream().map(WebhookRoutes::row).toList()));
        routes.get(HOOKS + "/{id}", ctx -> Responses.data(ctx, 200, row(webhooks.getWebhook(guard.adminApp(ctx), ctx.pathParam("id")))));
        routes.post(HOOKS, ctx -> {
            String app = guard.adminApp(ctx);
            Responses.data(ctx, 201, row(webhooks.createWebhook(app, command(bodies.object(ctx)))));
        });
        routes.put(HOOKS + "/{id}", ctx -> {
            String app = guard.adminApp(ctx);
            Responses.data(ctx, 200, row(webhooks.updateWebhook(app, ctx.pathParam("id"), command(bodies.object(ctx)))));
        });
        routes.delete(HOOKS + "/{id}", ctx -> {
            String app = guard.adminApp(ctx);
            Responses.deleted(ctx, "id", webhooks.deleteWebhook(app, ctx.pathParam("id")).toString());
        });
        routes.get(LOGS, ctx -> Responses.data(ctx, 200, webhooks.listLogs(guard.adminApp(ctx), ctx.queryParam("webhook_id"),
                ctx.queryParam("status"), ctx.queryParam("entity")).stream().map(WebhookRoutes::log).toList()));
        routes.get(LOGS + "/{id}", ctx -> Responses.data(ctx, 200, log(webhooks.getLog(guard.adminApp(ctx), ctx.pathParam("id")))));
        routes.post(LOGS + "/{id}/retry", ctx -> {
            WebhookLog due = webhooks.retryLog(guard.adminApp(ctx), ctx.pathParam("id"));
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

    private static WebhookCommand command(Map<String, Object> body) {
        Map<String, Object> rawHeaders = JsonBodies.object(body, "headers");
        Map<String, String> headers = new LinkedHashMap<>();
        if (rawHeaders != null) {
            rawHeaders.forEach((k, v) -> {
                if (!(v instanceof String s)) {
                    throw RocketException.of(ErrorCode.VALIDATION_FAILED, "headers must map names to strings");
                }
                headers.put(k, s);
            });
        }
        Map<String, Object> retry = JsonBodies.object(body, "retry");
        Integer maxAttempts = retry != null && retry.get("max_attempts") instanceof Integer i ? i : null;
        String backoff = retry != null && retry.get("backoff") instanceof String b ? b : null;
        return new WebhookCommand(JsonBodies.string(body, "entity"), JsonBodies.string(body, "hook"),
                JsonBodies.string(body, "url"), JsonBodies.string(body, "method"), headers,
                JsonBodies.string(body, "condition"), JsonBodies.bool(body, "async"), maxAttempts, backoff,
                JsonBodies.bool(body, "active"));
    }

    private static Map<String, Object> row(Webhook w) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", w.id().toString());
        m.put("entity", w.entity());
        m.put("hook", w.hook());
        m.put("url", w.url());
        m.put("method", w.method());
        m.put("headers", w.headers());
        m.put("condition", w.condition());
        m.put("async", w.async());
        m.put("retry", Map.of("max_attempts", w.maxAttempts(), "backoff", w.backoff()));
        m.put("active", w.active());
        m.put("created_at", w.createdAt());
        m.put("updated_at", w.updatedAt());
        return m;
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
