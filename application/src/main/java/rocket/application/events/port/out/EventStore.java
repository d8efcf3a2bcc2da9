package rocket.application.events.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import rocket.domain.event.Event;
import rocket.domain.event.EventQuery;

/** An app's events ({@code _events}). */
public interface EventStore {
    /** One bulk write for the whole batch. */
    void insertBatch(List<Event> events);

    List<Event> list(EventQuery query);

    long count(EventQuery query);

    /** Every event of a trace, oldest first. */
    List<Event> trace(java.util.UUID traceId);

    /** {@code total_events}, {@code avg_latency_ms}, {@code p95_latency_ms}, {@code error_rate}, {@code by_source}. */
    Map<String, Object> stats(Instant from, Instant to, String entity);

    int deleteOlderThan(Instant cutoff);
}
