package rocket.adapters.persistence.event;

import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import rocket.adapters.persistence.sql.JsonDocuments;
import rocket.domain.event.Event;

/**
 * Events as the body of a {@code COPY _events (...) FROM STDIN} in PostgreSQL's text format: one line per event,
 * tab-separated, {@code \N} for null, backslash escapes for the characters the format reserves.
 */
final class EventCopyRows {
    static final List<String> COLUMNS = List.of("id", "trace_id", "span_id", "parent_span_id", "event_type", "source",
            "component", "action", "entity", "record_id", "user_id", "duration_ms", "status", "metadata", "created_at");
    private static final String NULL = "\\N";

    private EventCopyRows() {
    }

    static String encode(List<Event> events) {
        StringBuilder out = new StringBuilder(events.size() * 320);
        for (Event e : events) {
            uuid(out, e.id()).append('\t');
            uuid(out, e.traceId()).append('\t');
            uuid(out, e.spanId()).append('\t');
            uuid(out, e.parentSpanId()).append('\t');
            text(out, e.eventType()).append('\t');
            text(out, e.source()).append('\t');
            text(out, e.component()).append('\t');
            text(out, e.action()).append('\t');
            text(out, e.entity()).append('\t');
            text(out, e.recordId()).append('\t');
            uuid(out, e.userId()).append('\t');
            out.append(e.durationMs() == null ? NULL : e.durationMs().toString()).append('\t');
            text(out, e.status()).append('\t');
            text(out, e.metadata() == null ? null : JsonDocuments.toJsonb(e.metadata()).data()).append('\t');
            out.append(e.createdAt().atOffset(ZoneOffset.UTC)).append('\n');
        }
        return out.toString();
    }

    private static StringBuilder uuid(StringBuilder out, UUID value) {
        return out.append(value == null ? NULL : value.toString());
    }

    private static StringBuilder text(StringBuilder out, String value) {
        if (value == null) {
            return out.append(NULL);
        }
        int first = firstReserved(value);
        if (first == value.length()) {
            return out.append(value); // most values: nothing to escape, one copy
        }
        out.append(value, 0, first);
        for (int i = first; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
        return out;
    }

    private static int firstReserved(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' || c == '\t' || c == '\n' || c == '\r') {
                return i;
            }
        }
        return value.length();
    }
}
