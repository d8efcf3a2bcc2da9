package rocket.domain.webhook;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** An entity webhook: which hook fires it, where it goes, an optional condition and its retry budget. */
public record Webhook(UUID id, String entity, String hook, String url, String method, Map<String, String> headers,
                      String condition, boolean async, int maxAttempts, String backoff, boolean active,
                      Instant createdAt, Instant updatedAt) {
    public Webhook {
        // insertion order kept: the headers go out, and come back from an export, as they were sent
        headers = headers == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(headers));
        condition = condition == null ? "" : condition;
    }

    /** The firing matrix: before_* hooks fire only synchronously, after_* only asynchronously. */
    public boolean fires() {
        return active && (hook.startsWith("before_") ? !async : async);
    }
}
