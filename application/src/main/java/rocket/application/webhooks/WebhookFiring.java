package rocket.application.webhooks;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import rocket.application.apps.AppContext;
import rocket.application.apps.port.out.AppStores;
import rocket.application.webhooks.port.out.Delivery;
import rocket.application.webhooks.port.out.WebhookLogStore;
import rocket.application.webhooks.port.out.WebhookSender;
import rocket.domain.auth.Principal;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.RocketException;
import rocket.domain.webhook.Webhook;
import rocket.domain.webhook.WebhookLog;

/**
 * Fires an entity's webhooks from inside the write transaction: synchronous {@code before_*} hooks are delivered
 * right away (a failure vetoes and rolls back the write); asynchronous {@code after_*} hooks are written to the
 * outbox table in the same transaction, so a committed change always has its deliveries queued.
 */
public final class WebhookFiring {
    private final AppStores<WebhookStores> stores;
    private final WebhookRequests requests;
    private final WebhookSettings settings;
    private final Clock clock;

    public WebhookFiring(AppStores<WebhookStores> stores, WebhookSender sender, WebhookEnvironment environment,
                         WebhookSettings settings, Clock clock) {
        this.stores = stores;
        this.requests = new WebhookRequests(sender, environment);
        this.settings = settings;
        this.clock = clock;
    }

    /** One record event: the hook, the action and the before/after images as JSON. */
    public record Event(String hook, String entity, String action, Map<String, Object> record, Map<String, Object> old,
                 Principal caller) {
    }

    /**
     * Runs every webhook of the event's hook: sync ones now, async ones into the outbox together in one statement;
     * true when one was queued.
     */
    public boolean fire(AppContext context, Event event) {
        List<WebhookLog> queued = new ArrayList<>();
        WebhookLogStore logs = stores.of(context.name()).logs();
        for (Webhook webhook : context.metadata().webhooks(event.entity(), event.hook())) {
            Map<String, Object> payload = payload(event);
            if (!conditionHolds(context, webhook, event, payload)) {
                continue;
            }
            WebhookLog delivery = new WebhookLog(null, webhook.id(), event.entity(), event.hook(), webhook.url(),
                    webhook.method(), webhook.headers(), payload, null, "", WebhookLog.PENDING, 0,
                    webhook.maxAttempts(), null, "", String.valueOf(payload.get("idempotency_key")), null, null);
            if (webhook.async()) {
                queued.add(delivery);
            } else {
                deliverNow(logs, webhook, delivery);
            }
        }
        logs.enqueueAll(queued);
        return !queued.isEmpty();
    }

    private void deliverNow(WebhookLogStore logs, Webhook webhook, WebhookLog delivery) {
        Delivery result = requests.send(delivery, settings.syncTimeout());
        if (!result.succeeded()) {
            throw RocketException.of(ErrorCode.WEBHOOK_FAILED, "Webhook " + webhook.hook() + " " + webhook.method()
                    + " " + webhook.url() + " refused the change: "
                    + (result.error() != null ? result.error() : "HTTP " + result.status()));
        }
        logs.record(new WebhookLog(null, delivery.webhookId(), delivery.entity(), delivery.hook(),
                delivery.url(), delivery.method(), delivery.requestHeaders(), delivery.requestBody(), result.status(),
                result.body(), WebhookLog.DELIVERED, 1, delivery.maxAttempts(), null, "", delivery.idempotencyKey(),
                null, null));
    }

    private static boolean conditionHolds(AppContext context, Webhook webhook, Event event, Map<String, Object> payload) {
        if (webhook.condition().isBlank()) {
            return true;
        }
        Map<String, Object> env = new HashMap<>(payload);
        env.put("event", event.hook());
        try {
            return Boolean.TRUE.equals(context.expressions().get(webhook.condition()).evaluate(env));
        } catch (RocketException e) {
            if (webhook.async()) {
                return false; // an async webhook whose condition cannot be evaluated is skipped
            }
            throw RocketException.of(ErrorCode.WEBHOOK_FAILED, "Webhook condition of " + webhook.hook() + " "
                    + webhook.url() + " failed: " + e.getMessage());
        }
    }

    private Map<String, Object> payload(Event event) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("event", event.hook());
        payload.put("entity", event.entity());
        payload.put("action", event.action());
        payload.put("record", event.record());
        if (!event.action().equals("delete")) {
            Map<String, Object> old = event.old() == null ? Map.of() : event.old();
            payload.put("old", old);
            payload.put("changes", changes(event.record(), old));
        }
        if (event.caller() != null) {
            payload.put("user", Map.of("id", event.caller().userId(), "roles", event.caller().roles()));
        }
        payload.put("timestamp", clock.instant().toString());
        payload.put("idempotency_key", "wh_" + UUID.randomUUID());
        return payload;
    }

    private static Map<String, Object> changes(Map<String, Object> record, Map<String, Object> old) {
        Map<String, Object> changes = new LinkedHashMap<>();
        record.forEach((key, value) -> {
            Object before = old.get(key);
            if (!Objects.equals(String.valueOf(value), String.valueOf(before)) || !old.containsKey(key)) {
                Map<String, Object> change = new LinkedHashMap<>();
                change.put("old", before);
                change.put("new", value);
                changes.put(key, change);
            }
        });
        return changes;
    }

    /** The hooks a webhook may name. */
    static final List<String> HOOKS = List.of("after_write", "before_write", "after_delete", "before_delete");
}
