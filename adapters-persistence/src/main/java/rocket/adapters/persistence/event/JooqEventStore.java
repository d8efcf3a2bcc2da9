package rocket.adapters.persistence.event;

import static rocket.adapters.persistence.sql.Columns.instant;
import static rocket.adapters.persistence.sql.Columns.text;
import static rocket.adapters.persistence.sql.Columns.timestamp;
import static rocket.adapters.persistence.sql.Columns.uuid;

import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.JSONB;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import rocket.adapters.persistence.schema.SystemSchema;
import rocket.adapters.persistence.sql.Columns;
import rocket.adapters.persistence.sql.JsonDocuments;
import rocket.adapters.persistence.sql.PlainSql;
import rocket.application.events.port.out.EventStore;
import rocket.domain.event.Event;
import rocket.domain.event.EventQuery;

/** Events in {@code _events}; batches are one {@code COPY} (on SQLite multi-row INSERTs); statistics in SQL. */
public final class JooqEventStore implements EventStore {
    private static final Table<?> EVENTS = Columns.table("_events");
    private static final Field<UUID> ID = uuid("id");
    private static final Field<UUID> TRACE_ID = uuid("trace_id");
    private static final Field<UUID> SPAN_ID = uuid("span_id");
    private static final Field<UUID> PARENT_SPAN_ID = uuid("parent_span_id");
    private static final Field<String> EVENT_TYPE = text("event_type");
    private static final Field<String> SOURCE = text("source");
    private static final Field<String> COMPONENT = text("component");
    private static final Field<String> ACTION = text("action");
    private static final Field<String> ENTITY = text("entity");
    private static final Field<String> RECORD_ID = text("record_id");
    private static final Field<UUID> USER_ID = uuid("user_id");
    private static final Field<Double> DURATION_MS = DSL.field(DSL.name("duration_ms"), SQLDataType.DOUBLE);
    private static final Field<String> STATUS = text("status");
    private static final Field<JSONB> METADATA = DSL.field(DSL.name("metadata"), SQLDataType.JSONB);
    private static final Field<OffsetDateTime> CREATED_AT = timestamp("created_at");
    private static final Field<?>[] ALL = {ID, TRACE_ID, SPAN_ID, PARENT_SPAN_ID, EVENT_TYPE, SOURCE, COMPONENT, ACTION,
            ENTITY, RECORD_ID, USER_ID, DURATION_MS, STATUS, METADATA, CREATED_AT};
    private static final Map<String, Field<?>> FILTERABLE = Map.of("source", SOURCE, "component", COMPONENT,
            "action", ACTION, "entity", ENTITY, "event_type", EVENT_TYPE, "trace_id", TRACE_ID, "user_id", USER_ID,
            "status", STATUS);

    private static final Field<Double> P95 = new Percentile95(DURATION_MS);
    private static final int ROWS_PER_INSERT = 500;

    private final DSLContext dsl;

    public JooqEventStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void insertBatch(List<Event> events) {
        if (events.isEmpty()) {
            return;
        }
        if (dsl.family() == SQLDialect.SQLITE) {
            insertRows(events);
            return;
        }
        // events may be lost on a crash but must not wait for a disk flush (docs/contract/behaviour.md §14); caller holds the tx
        dsl.setLocal(DSL.name("synchronous_commit"), DSL.inline("off")).execute();
        // COPY instead of a multi-row INSERT: no statement of thousands of binds to render, parse and plan
        String rows = EventCopyRows.encode(events);
        dsl.connection(connection -> PlainSql.copyIn(connection, SystemSchema.NAME, "_events", EventCopyRows.COLUMNS,
                new StringReader(rows)));
    }

    /**
     * SQLite has no COPY: multi-row INSERTs of at most {@link #ROWS_PER_INSERT} rows (15 binds each, well below
     * SQLite's 32766 binds per statement), in the caller's transaction.
     */
    private void insertRows(List<Event> events) {
        for (int from = 0; from < events.size(); from += ROWS_PER_INSERT) {
            var insert = dsl.insertInto(EVENTS).columns(ALL);
            for (Event e : events.subList(from, Math.min(events.size(), from + ROWS_PER_INSERT))) {
                insert = insert.values(e.id(), e.traceId(), e.spanId(), e.parentSpanId(), e.eventType(), e.source(),
                        e.component(), e.action(), e.entity(), e.recordId(), e.userId(), e.durationMs(), e.status(),
                        e.metadata() == null ? null : JsonDocuments.toJsonb(e.metadata()),
                        e.createdAt().atOffset(ZoneOffset.UTC));
            }
            insert.execute();
        }
    }

    @Override
    public List<Event> list(EventQuery query) {
        return dsl.select(ALL).from(EVENTS).where(where(query))
                .orderBy(query.oldestFirst() ? CREATED_AT.asc() : CREATED_AT.desc())
                .limit(query.perPage()).offset(query.offset()).fetch(JooqEventStore::toEvent);
    }

    @Override
    public long count(EventQuery query) {
        return dsl.fetchCount(EVENTS, where(query));
    }

    @Override
    public List<Event> trace(UUID traceId) {
        return dsl.select(ALL).from(EVENTS).where(TRACE_ID.eq(traceId)).orderBy(CREATED_AT).fetch(JooqEventStore::toEvent);
    }

    @Override
    public Map<String, Object> stats(Instant from, Instant to, String entity) {
        Condition where = window(from, to);
        if (entity != null) {
            where = where.and(ENTITY.eq(entity));
        }
        var errors = DSL.count().filterWhere(STATUS.eq("error"));
        Record totals = dsl.select(DSL.count(), DSL.avg(DURATION_MS), P95, errors).from(EVENTS).where(where).fetchOne();
        long total = totals.get(0, Long.class);
        long errorCount = totals.get(3, Long.class);
        Map<String, Object> stats = new LinkedHashMap<>();
        stats.put("total_events", total);
        stats.put("avg_latency_ms", totals.get(1, Double.class));
        stats.put("p95_latency_ms", totals.get(2, Double.class));
        stats.put("error_rate", total == 0 ? 0.0 : BigDecimal.valueOf(errorCount).divide(BigDecimal.valueOf(total), 4,
                RoundingMode.HALF_UP).doubleValue());
        stats.put("by_source", dsl.select(SOURCE, DSL.count(), DSL.avg(DURATION_MS),
                        P95, errors)
                .from(EVENTS).where(where.and(DURATION_MS.isNotNull())).groupBy(SOURCE).orderBy(DSL.count().desc())
                .fetch(r -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("source", r.value1());
                    row.put("count", r.value2());
                    row.put("avg_duration_ms", r.get(2, Double.class));
                    row.put("p95_duration_ms", r.get(3, Double.class));
                    row.put("error_count", r.value5());
                    return row;
                }));
        return stats;
    }

    @Override
    public int deleteOlderThan(Instant cutoff) {
        return dsl.deleteFrom(EVENTS).where(CREATED_AT.lt(cutoff.atOffset(ZoneOffset.UTC))).execute();
    }

    private static Condition where(EventQuery query) {
        Condition where = window(query.from(), query.to());
        for (Map.Entry<String, String> filter : query.filters().entrySet()) {
            Field<?> field = FILTERABLE.get(filter.getKey());
            if (field == null) {
                continue;
            }
            if (field.getType() == UUID.class) {
                try {
                    where = where.and(DSL.field(field.getQualifiedName(), UUID.class).eq(UUID.fromString(filter.getValue())));
                } catch (IllegalArgumentException notAUuid) {
                    return DSL.falseCondition();
                }
            } else {
                where = where.and(DSL.field(field.getQualifiedName(), String.class).eq(filter.getValue()));
            }
        }
        return where;
    }

    private static Condition window(Instant from, Instant to) {
        Condition where = DSL.noCondition();
        if (from != null) {
            where = where.and(CREATED_AT.ge(from.atOffset(ZoneOffset.UTC)));
        }
        if (to != null) {
            where = where.and(CREATED_AT.le(to.atOffset(ZoneOffset.UTC)));
        }
        return where;
    }

    private static Event toEvent(Record r) {
        JSONB metadata = r.get(METADATA);
        return new Event(r.get(ID), r.get(TRACE_ID), r.get(SPAN_ID), r.get(PARENT_SPAN_ID), r.get(EVENT_TYPE),
                r.get(SOURCE), r.get(COMPONENT), r.get(ACTION), r.get(ENTITY), r.get(RECORD_ID), r.get(USER_ID),
                r.get(DURATION_MS), r.get(STATUS), metadata == null ? null : JsonDocuments.object(metadata),
                instant(r.get(CREATED_AT)));
    }
}
