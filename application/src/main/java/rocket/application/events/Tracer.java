package rocket.application.events;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import rocket.application.events.port.out.QueryObserver;
import rocket.domain.event.Event;

/**
 * Child spans of the current request. The HTTP adapter binds the request's trace (a {@link ScopedValue}, so it
 * follows the request's virtual thread and nothing else); {@link #span} records a nested span through the event
 * buffer and is a plain call when the request is not traced.
 */
public final class Tracer implements QueryObserver {
    /** Long statements are cut in span metadata; the shape of a query is in its first part. */
    private static final int SQL_PREVIEW = 300;
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
        Scope child = new Scope(parent.app(), parent.traceId(), SpanIds.next());
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
            record(parent, child.spanId(), source, component, action, entity, System.nanoTime() - started, status,
                    metadata);
        }
    }

    /** {@link #span} for work without a result. */
    public void run(String source, String component, String action, String entity, Runnable work) {
        span(source, component, action, entity, () -> {
            work.run();
            return null;
        });
    }

    /**
     * Records work that has already finished successfully as a child span (for work that must not leave a span when
     * it fails, like authentication: a rejected request is not traced).
     */
    public void finished(String source, String component, String action, long nanos) {
        if (CURRENT.isBound()) {
            record(CURRENT.get(), SpanIds.next(), source, component, action, null, nanos, "ok", new LinkedHashMap<>());
        }
    }

    /** A statement of the current request becomes a {@code db.query} span (statements of untraced work do not). */
    @Override
    public void executed(String sql, long nanos, boolean failed) {
        if (!CURRENT.isBound()) {
            return;
        }
        String operation = operation(sql);
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("sql", sql.length() > SQL_PREVIEW ? sql.substring(0, SQL_PREVIEW) + "…" : sql);
        record(CURRENT.get(), SpanIds.next(), "db", "query", "db." + operation, null, nanos,
                failed ? "error" : "ok", metadata);
    }

    /** The statement's first word, lower-cased ({@code select}, {@code insert}, ...); no regex: this runs per query. */
    static String operation(String sql) {
        int start = 0;
        while (start < sql.length() && Character.isWhitespace(sql.charAt(start))) {
            start++;
        }
        int end = start;
        while (end < sql.length() && !Character.isWhitespace(sql.charAt(end))) {
            end++;
        }
        return sql.substring(start, end).toLowerCase(java.util.Locale.ROOT);
    }

    private void record(Scope parent, UUID spanId, String source, String component, String action, String entity,
                        long nanos, String status, Map<String, Object> metadata) {
        buffer.record(parent.app(), new Event(SpanIds.next(), parent.traceId(), spanId, parent.spanId(),
                Event.SYSTEM, source, component, action, entity, null, null, nanos / 1_000_000.0, status,
                metadata.isEmpty() ? null : metadata, clock.instant()));
    }
}
