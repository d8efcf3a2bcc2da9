package rocket.domain.definition;

import static rocket.domain.definition.Documents.bool;
import static rocket.domain.definition.Documents.object;
import static rocket.domain.definition.Documents.objectOrEmpty;
import static rocket.domain.definition.Documents.ordered;
import static rocket.domain.definition.Documents.text;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.RocketException;
import rocket.domain.webhook.Webhook;

/**
 * {@code {entity, hook, url, method, headers, condition, async, retry: {max_attempts, backoff}, active}}; hook
 * defaults to after_write, method to POST (upper-cased), retry to 3 exponential attempts.
 */
final class WebhookCodec implements DefinitionCodec<Webhook> {
    @Override
    public Map<String, Object> encode(Webhook w) {
        return ordered("entity", w.entity(), "hook", w.hook(), "url", w.url(), "method", w.method(), "headers",
                w.headers(), "condition", w.condition(), "async", w.async(), "retry",
                ordered("max_attempts", w.maxAttempts(), "backoff", w.backoff()), "active", w.active());
    }

    @Override
    public Webhook decode(DefinitionRow row) {
        Map<String, Object> d = row.document();
        Map<String, String> headers = new LinkedHashMap<>();
        objectOrEmpty(d, "headers").forEach((name, value) -> {
            if (!(value instanceof String s)) {
                throw RocketException.of(ErrorCode.VALIDATION_FAILED, "headers must map names to strings");
            }
            headers.put(name, s);
        });
        Map<String, Object> retry = object(d, "retry");
        retry = retry == null ? Map.of() : retry;
        return new Webhook(row.id(), text(d, "entity"), text(d, "hook", "after_write"), text(d, "url"),
                text(d, "method", "POST").toUpperCase(Locale.ROOT), headers, text(d, "condition"),
                bool(d, "async", true), retry.get("max_attempts") instanceof Integer i ? i : 3,
                text(retry, "backoff") == null ? "exponential" : text(retry, "backoff"), bool(d, "active", true),
                row.createdAt(), row.updatedAt());
    }
}
