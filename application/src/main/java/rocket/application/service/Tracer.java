package rocket.application.service;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import rocket.domain.event.Event;

/**
 * Child spans of the current request. The HTTP adapter binds the request's trace (a {@link ScopedValue}, so it
 * follows the request's virtual thread and nothing else); {@link #span} records a nested span through the event
 * buffer and is a plain call when the request is not traced.
 */
public final class Tracer {
    private static final ScopedValue<Scope> CURRENT = ScopedValue.newInstance();
    private final EventBuffer buffer;
    private final Clock clock;

    /** The trace a piece of work belongs to: app, trace id and the enclosing span. */
    private record Scope(String app, UUID traceId, UUID spanId) {
    }

    public Tracer(EventBuffer buffer, Clock clock) {
        this.buffer = buffer;
        this.clock = clock;
    }

    /** Runs {@code work} as part of a traced request whose root span is {@code spanId}. */
    static <T> T within(String app, UUID traceId, UUID spanId, Callable<T> work) throws Exception {
        return ScopedValue.where(CURRENT, new Scope(app, traceId, spanId)).call(work::call);
    }

    /** Records {@code work} as a child span of the current one (when the request is traced). */
    public <T> T span(String source, String component, String action, String entity, Supplier<T> work) {
        if (!CURRENT.isBound()) {
            return work.get();
        }
        Scope parent = CURRENT.get();
        Scope child = new Scope(parent.app(), parent.traceId(), UUID.randomUUID());
        long started = System.nanoTime();
        String status = "ok";
        Map<String, Object> metadata = new LinkedHashMap<>();
        try {
            return ScopedValue.where(CURRENT, child).call(work::get);
        } catch (RuntimeException e) {
            status = "error";
            metadata.put("error", e.getMessage());
            throw e;
        } finally {
            buffer.record(parent.app(), new Event(UUID.randomUUID(), parent.traceId(), child.spanId(), parent.spanId(),
                    Event.SYSTEM, source, component, action, entity, null, null,
                    (System.nanoTime() - started) / 1_000_000.0, status, metadata.isEmpty() ? null : metadata,
                    clock.instant()));
        }
    }
}
