package rocket.domain.webhook;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** One delivery of a webhook event (also the outbox row until it is delivered or has failed for good). */
public record WebhookLog(UUID id, UUID webhookId, String entity, String hook, String url, String method,
                         Map<String, String> requestHeaders, Object requestBody, Integer responseStatus,
                         String responseBody, String status, int attempt, int maxAttempts, Instant nextRetryAt,
                         String error, String idempotencyKey, Instant createdAt, Instant updatedAt) {
    public static final String PENDING = "pending";
    public static final String DELIVERED = "delivered";
    public static final String RETRYING = "retrying";
    public static final String FAILED = "failed";
}
