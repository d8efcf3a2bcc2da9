package rocket.application.events;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import rocket.application.apps.port.out.AppStores;
import rocket.application.events.port.in.EventsUseCase;
import rocket.application.events.port.out.EventStore;
import rocket.domain.app.AppName;
import rocket.domain.auth.Principal;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.RocketException;
import rocket.domain.event.Event;
import rocket.domain.event.EventQuery;
import rocket.domain.ids.Ids;

/** Records spans and business events through the buffer and answers the event views. */
public final class EventsService implements EventsUseCase {
    private final AppStores<EventStores> stores;
    private final EventBuffer buffer;
    private final EventSettings settings;
    private final Clock clock;

    public EventsService(AppStores<EventStores> stores, EventBuffer buffer, EventSettings settings, Clock clock) {
        this.stores = stores;
        this.buffer = buffer;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public boolean sample() {
        return settings.enabled() && (settings.samplingRate() >= 1.0
                || ThreadLocalRandom.current().nextDouble() < settings.samplingRate());
    }

    @Override
    public UUID newId() {
        return SpanIds.next();
    }

    @Override
    public <T> T traced(String app, UUID traceId, UUID spanId, java.util.concurrent.Callable<T> handler) throws Exception {
        return Tracer.within(app, traceId, spanId, handler);
    }

    @Override
    public void recordRequest(String app, UUID traceId, UUID spanId, Principal caller, String method, String path,
                              int status, double durationMs) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("method", method);
        metadata.put("path", path);
        metadata.put("status_code", status);
        metadata.put("user_id", caller == null ? null : caller.userId());
        buffer.record(app, new Event(UUID.randomUUID(), traceId, spanId, null, Event.SYSTEM, "http", "handler",
                "request", null, null, userId(caller), durationMs, status >= 400 ? "error" : "ok", metadata,
                clock.instant()));
    }

    @Override
    public void emit(AppName app, UUID traceId, UUID parentSpanId, Principal caller, String action, String entity,
                     String recordId, Map<String, Object> metadata) {
        stores.of(app.value()); // an unknown app is APP_NOT_FOUND before the body is checked
        if (action == null || action.isBlank()) {
            throw RocketException.of(ErrorCode.VALIDATION_FAILED, "action is required");
        }
        if (!settings.enabled()) {
            return;
        }
        buffer.record(app.value(), new Event(UUID.randomUUID(), traceId, UUID.randomUUID(), parentSpanId,
                Event.BUSINESS, "business", "api", action, entity, recordId, userId(caller), null, null, metadata,
                clock.instant()));
    }

    @Override
    public List<Event> list(AppName app, EventQuery query) {
        return events(app).list(query);
    }

    @Override
    public long count(AppName app, EventQuery query) {
        return events(app).count(query);
    }

    @Override
    public List<Event> trace(AppName app, String traceId) {
        List<Event> spans = Ids.parse(traceId).map(id -> events(app).trace(id))
                .orElse(List.of());
        if (spans.isEmpty()) {
            throw RocketException.of(ErrorCode.NOT_FOUND, "Trace not found: " + traceId);
        }
        return spans;
    }

    @Override
    public Map<String, Object> stats(AppName app, Instant from, Instant to, String entity) {
        return events(app).stats(from, to, entity);
    }

    private EventStore events(AppName app) {
        return stores.of(app.value()).events();
    }

    private static UUID userId(Principal caller) {
        return caller == null ? null : Ids.parse(caller.userId()).orElse(null);
    }
}
