package rocket.application.webhooks.port.in;

import java.util.Map;

/** A webhook as an admin sends it; absent values take the contract's defaults. */
public record WebhookCommand(String entity, String hook, String url, String method, Map<String, String> headers,
                             String condition, Boolean async, Integer maxAttempts, String backoff, Boolean active) {
}
