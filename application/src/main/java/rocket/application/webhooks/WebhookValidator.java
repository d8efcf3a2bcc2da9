package rocket.application.webhooks;

import java.util.List;
import java.util.Set;
import rocket.application.apps.AppContext;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.Required;
import rocket.domain.error.RocketException;
import rocket.domain.webhook.Webhook;
import rocket.domain.outbound.OutboundTargetPolicy;

/**
 * A webhook may be saved when its hook fires, its URL is an allowed target, its headers are well-formed and name
 * only permitted environment variables, its condition compiles and its retry budget is 1 to 20 attempts.
 */
public final class WebhookValidator {
    private static final Set<String> METHODS = Set.of("POST", "PUT", "PATCH", "GET", "DELETE");
    private final WebhookEnvironment environment;
    private final OutboundTargetPolicy targets;

    public WebhookValidator(WebhookEnvironment environment, OutboundTargetPolicy targets) {
        this.environment = environment;
        this.targets = targets;
    }

    public Webhook validated(AppContext context, Webhook w) {
        Required.text(w.entity(), "entity is required");
        if (!WebhookFiring.HOOKS.contains(w.hook())) {
            throw invalid("hook must be after_write, before_write, after_delete, or before_delete");
        }
        Required.text(w.url(), "url is required");
        OutboundUrls.requireAllowed(targets, w.url(), "url");
        List<String> refused = environment.refusedNames(w.headers());
        if (!refused.isEmpty()) {
            throw invalid("headers name environment variables that webhooks may not use: " + String.join(", ", refused)
                    + " (allowed: names starting with " + environment.prefix() + " and those listed in "
                    + "ROCKET_WEBHOOK_ALLOWED_ENV)");
        }
        if (!METHODS.contains(w.method())) {
            throw invalid("method must be POST, PUT, PATCH, GET, or DELETE");
        }
        WebhookHeaders.validate(w.headers());
        if (!w.condition().isBlank()) {
            context.expressions().get(w.condition());
        }
        if (w.maxAttempts() < 1 || w.maxAttempts() > 20) {
            throw invalid("retry.max_attempts must be between 1 and 20");
        }
        return w;
    }

    private static RocketException invalid(String message) {
        return RocketException.of(ErrorCode.VALIDATION_FAILED, message);
    }
}
