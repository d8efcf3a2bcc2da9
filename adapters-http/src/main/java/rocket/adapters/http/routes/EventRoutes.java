package rocket.adapters.http.routes;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import rocket.adapters.http.support.Guard;
import rocket.adapters.http.support.JsonBodies;
import rocket.adapters.http.support.RequestTracing;
import rocket.adapters.http.support.Responses;
import rocket.application.events.port.in.EventsUseCase;
import rocket.domain.app.AppName;
import rocket.domain.auth.Principal;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.RocketException;
import rocket.domain.event.Event;
import rocket.domain.event.EventQuery;

/** {@code /api/{app}/_events}: business events (app user), and the list, trace and stats views (app admin). */
public final class EventRoutes implements RouteGroup {
    private static final String BASE = "/api/{app}/_events";
    private final EventsUseCase events;
    private final JsonBodies bodies;
    private final Guard guard;

    public EventRoutes(EventsUseCase events, JsonBodies bodies, Guard guard) {
        this.events = events;
        this.bodies = bodies;
        this.guard = guard;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post(BASE, ctx -> {
            AppName app = guard.userApp(ctx);
            Principal caller = Guard.current(ctx);
            Map<String, Object> body = bodies.object(ctx);
            Object recordId = body.get("record_id");
            events.emit(app, ctx.attribute(RequestTracing.TRACE_ID), ctx.attribute(RequestTracing.SPAN_ID), caller, JsonBodies.string(body, "action"),
                    JsonBodies.string(body, "entity"), recordId == null ? null : String.valueOf(recordId),
                    JsonBodies.object(body, "metadata"));
            Responses.data(ctx, 200, Map.of("status", "ok"));
        });
        routes.get(BASE, ctx -> {
            AppName app = guard.adminApp(ctx);
            EventQuery query = query(ctx);
            Map<String, Object> pagination = new LinkedHashMap<>();
            pagination.put("page", query.page());
            pagination.put("per_page", query.perPage());
            pagination.put("total", events.count(app, query));
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("data", events.list(app, query).stream().map(EventRoutes::row).toList());
            body.put("pagination", pagination);
            Responses.write(ctx, 200, body);
        });
        routes.get(BASE + "/trace/{traceId}", ctx -> {
            AppName app = guard.adminApp(ctx);
            List<Event> spans = events.trace(app, ctx.pathParam("traceId"));
            Responses.data(ctx, 200, trace(ctx.pathParam("traceId"), spans));
        });
        routes.get(BASE + "/stats", ctx -> {
            AppName app = guard.adminApp(ctx);
            Responses.data(ctx, 200, events.stats(app, time(ctx, "from"), time(ctx, "to"), ctx.queryParam("entity")));
        });
    }

    private static EventQuery query(Context ctx) {
        Map<String, String> filters = new HashMap<>();
        for (String name : EventQuery.FILTERS) {
            String value = ctx.queryParam(name);
            if (value != null && !value.isEmpty()) {
                filters.put(name, value);
            }
        }
        int page = positive(ctx.queryParam("page"), 1);
        int perPage = Math.min(positive(ctx.queryParam("per_page"), 50), 100);
        return new EventQuery(filters, time(ctx, "from"), time(ctx, "to"), page, perPage,
                "created_at".equals(ctx.queryParam("sort")));
    }

    private static Instant time(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return java.time.OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw RocketException.of(ErrorCode.INVALID_PAYLOAD, name + " must be an ISO-8601 timestamp");
        }
    }

    private static int positive(String text, int fallback) {
        try {
            int value = text == null ? fallback : Integer.parseInt(text);
            return value >= 1 ? value : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** The trace waterfall: every span with its children nested, the root span and its duration. */
    private static Map<String, Object> trace(String traceId, List<Event> spans) {
        Map<UUID, Map<String, Object>> bySpan = new LinkedHashMap<>();
        for (Event span : spans) {
            Map<String, Object> row = row(span);
            row.put("children", new ArrayList<Map<String, Object>>());
            bySpan.put(span.spanId(), row);
        }
        Event root = spans.stream().filter(s -> s.parentSpanId() == null).findFirst().orElse(spans.get(0));
        for (Event span : spans) {
            Map<String, Object> parent = span.parentSpanId() == null ? null : bySpan.get(span.parentSpanId());
            if (parent != null) {
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> children = (List<Map<String, Object>>) parent.get("children");
                children.add(bySpan.get(span.spanId()));
            }
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("trace_id", traceId);
        data.put("root_span", bySpan.get(root.spanId()));
        data.put("spans", new ArrayList<>(bySpan.values()));
        data.put("total_duration_ms", root.durationMs());
        return data;
    }

    private static Map<String, Object> row(Event e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.id().toString());
        m.put("trace_id", e.traceId().toString());
        m.put("span_id", e.spanId().toString());
        m.put("parent_span_id", e.parentSpanId() == null ? null : e.parentSpanId().toString());
        m.put("event_type", e.eventType());
        m.put("source", e.source());
        m.put("component", e.component());
        m.put("action", e.action());
        m.put("entity", e.entity());
        m.put("record_id", e.recordId());
        m.put("user_id", e.userId() == null ? null : e.userId().toString());
        m.put("duration_ms", e.durationMs());
        m.put("status", e.status());
        m.put("metadata", e.metadata());
        m.put("created_at", e.createdAt());
        return m;
    }
}
