package rocket.domain.event;

import java.time.Instant;
import java.util.Map;

/** A filtered, paged event listing: exact-match filters, an optional time window, oldest or newest first. */
public record EventQuery(Map<String, String> filters, Instant from, Instant to, int page, int perPage,
                         boolean oldestFirst) {
    public static final java.util.List<String> FILTERS = java.util.List.of("source", "component", "action", "entity",
            "event_type", "trace_id", "user_id", "status");

    public int offset() {
        return (page - 1) * perPage;
    }
}
