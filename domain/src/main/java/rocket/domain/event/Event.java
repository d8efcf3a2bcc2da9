package rocket.domain.event;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** One instrumentation event: a span of a trace (system) or a business event emitted by a client. */
public record Event(UUID id, UUID traceId, UUID spanId, UUID parentSpanId, String eventType, String source,
                    String component, String action, String entity, String recordId, UUID userId, Double durationMs,
                    String status, Map<String, Object> metadata, Instant createdAt) {
    public static final String SYSTEM = "system";
    public static final String BUSINESS = "business";
}
