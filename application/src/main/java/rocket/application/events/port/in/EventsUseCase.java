package rocket.application.events.port.in;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import rocket.domain.app.AppName;
import rocket.domain.auth.Principal;
import rocket.domain.event.Event;
import rocket.domain.event.EventQuery;

/** Instrumentation: request spans, business events, and the query, trace and statistics views. */
public interface EventsUseCase {
    /** Whether this request is traced (enabled and sampled in). */
    boolean sample();

    /** A new trace or span id: unique, not secret (no SecureRandom call per id). */
    UUID newId();

    // The two tracing calls take the app as the path names it: they wrap every /api/{app} request, so they must
    // neither refuse nor resolve a name; the route answers for it.

    /** Runs a request's handler with its trace bound, so the engine can record child spans of {@code spanId}. */
    <T> T traced(String app, UUID traceId, UUID spanId, java.util.concurrent.Callable<T> handler) throws Exception;

    void recordRequest(String app, UUID traceId, UUID spanId, Principal caller, String method, String path,
                       int status, double durationMs);

    void emit(AppName app, UUID traceId, UUID parentSpanId, Principal caller, String action, String entity,
              String recordId, Map<String, Object> metadata);

    List<Event> list(AppName app, EventQuery query);

    long count(AppName app, EventQuery query);

    List<Event> trace(AppName app, String traceId);

    Map<String, Object> stats(AppName app, java.time.Instant from, java.time.Instant to, String entity);
}
