package rocket.application.webhooks;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import rocket.application.apps.AppContext;
import rocket.application.apps.AppRegistry;
import rocket.application.apps.port.out.AppDatabase;
import rocket.application.webhooks.port.in.ManageWebhooksUseCase;
import rocket.application.webhooks.port.in.WebhookCommand;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.Required;
import rocket.domain.error.RocketException;
import rocket.domain.ids.Ids;
import rocket.domain.metadata.Webhook;
import rocket.domain.metadata.WebhookLog;
import rocket.domain.outbound.OutboundTargetPolicy;

/** Webhooks (validated, conditions compiled on save) and their delivery log. */
public final class WebhookAdminService implements ManageWebhooksUseCase {
    private static final Set<String> METHODS = Set.of("POST", "PUT", "PATCH", "GET", "DELETE");
    private static final int LOG_LIMIT = 200;
    private final AppRegistry apps;
    private final WebhookDispatcher dispatcher;
    private final WebhookEnvironment environment;
    private final OutboundTargetPolicy targets;
    private final Clock clock;

    public WebhookAdminService(AppRegistry apps, WebhookDispatcher dispatcher, WebhookEnvironment environment,
                               OutboundTargetPolicy targets, Clock clock) {
        this.apps = apps;
        this.dispatcher = dispatcher;
        this.environment = environment;
        this.targets = targets;
        this.clock = clock;
    }

    @Override
    public List<Webhook> listWebhooks(String app) {
        return db(app).webhooks().list();
    }

    @Override
    public Webhook getWebhook(String app, String id) {
        AppDatabase db = db(app);
        return Ids.parse(id).flatMap(db.webhooks()::find).orElseThrow(() -> notFound("Webhook", id));
    }

    @Override
    public Webhook createWebhook(String app, WebhookCommand command) {
        AppContext context = apps.resolve(app);
        Webhook created = context.database().webhooks().insert(validated(context, command));
        context.reloadMetadata();
        return created;
    }

    @Override
    public Webhook updateWebhook(String app, String id, WebhookCommand command) {
        AppContext context = apps.resolve(app);
        UUID uuid = Ids.parse(id).filter(i -> context.database().webhooks().find(i).isPresent())
                .orElseThrow(() -> notFound("Webhook", id));
        Webhook updated = context.database().webhooks().update(uuid, validated(context, command))
                .orElseThrow(() -> notFound("Webhook", id));
        context.reloadMetadata();
        return updated;
    }

    @Override
    public UUID deleteWebhook(String app, String id) {
        AppContext context = apps.resolve(app);
        UUID uuid = Ids.parse(id).filter(context.database().webhooks()::delete).orElseThrow(() -> notFound("Webhook", id));
        context.reloadMetadata();
        return uuid;
    }

    @Override
    public List<WebhookLog> listLogs(String app, String webhookId, String status, String entity) {
        UUID webhook = webhookId == null ? null : Ids.parse(webhookId).orElse(new UUID(0, 0));
        return db(app).webhookLogs().list(webhook, status, entity, LOG_LIMIT);
    }

    @Override
    public WebhookLog getLog(String app, String id) {
        AppDatabase db = db(app);
        return Ids.parse(id).flatMap(db.webhookLogs()::find).orElseThrow(() -> notFound("Webhook log", id));
    }

    @Override
    public WebhookLog retryLog(String app, String id) {
        WebhookLog log = getLog(app, id);
        if (!WebhookLog.FAILED.equals(log.status()) && !WebhookLog.RETRYING.equals(log.status())) {
            throw RocketException.of(ErrorCode.VALIDATION_FAILED, "Can only retry failed or retrying webhook logs");
        }
        WebhookLog due = db(app).webhookLogs().retryNow(log.id(), clock.instant()).orElseThrow(() -> notFound("Webhook log", id));
        dispatcher.nudge(app);
        return due;
    }

    private Webhook validated(AppContext context, WebhookCommand c) {
        Required.text(c.entity(), "entity is required");
        String hook = c.hook() == null || c.hook().isBlank() ? "after_write" : c.hook();
        if (!WebhookFiring.HOOKS.contains(hook)) {
            throw invalid("hook must be after_write, before_write, after_delete, or before_delete");
        }
        Required.text(c.url(), "url is required");
        OutboundUrls.requireAllowed(targets, c.url(), "url");
        List<String> refused = environment.refusedNames(c.headers() == null ? Map.of() : c.headers());
        if (!refused.isEmpty()) {
            throw invalid("headers name environment variables that webhooks may not use: " + String.join(", ", refused)
                    + " (allowed: names starting with " + environment.prefix() + " and those listed in "
                    + "ROCKET_WEBHOOK_ALLOWED_ENV)");
        }
        String method = c.method() == null || c.method().isBlank() ? "POST" : c.method().toUpperCase(java.util.Locale.ROOT);
        if (!METHODS.contains(method)) {
            throw invalid("method must be POST, PUT, PATCH, GET, or DELETE");
        }
        WebhookHeaders.validate(c.headers());
        String condition = c.condition() == null ? "" : c.condition();
        if (!condition.isBlank()) {
            context.expressions().get(condition);
        }
        int maxAttempts = c.maxAttempts() == null ? 3 : c.maxAttempts();
        if (maxAttempts < 1 || maxAttempts > 20) {
            throw invalid("retry.max_attempts must be between 1 and 20");
        }
        return new Webhook(null, c.entity(), hook, c.url(), method, c.headers(), condition,
                c.async() == null || c.async(), maxAttempts, c.backoff() == null ? "exponential" : c.backoff(),
                c.active() == null || c.active(), null, null);
    }

    private AppDatabase db(String app) {
        return apps.resolve(app).database();
    }

    private static RocketException invalid(String message) {
        return RocketException.of(ErrorCode.VALIDATION_FAILED, message);
    }

    private static RocketException notFound(String what, String id) {
        return RocketException.of(ErrorCode.NOT_FOUND, what + " not found: " + id);
    }
}
