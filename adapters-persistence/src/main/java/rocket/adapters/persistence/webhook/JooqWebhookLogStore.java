package rocket.adapters.persistence.webhook;

import static rocket.adapters.persistence.sql.Columns.instant;
import static rocket.adapters.persistence.sql.Columns.text;
import static rocket.adapters.persistence.sql.Columns.timestamp;
import static rocket.adapters.persistence.sql.Columns.uuid;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.JSONB;
import org.jooq.Record;
import org.jooq.Row6;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import rocket.adapters.persistence.sql.Columns;
import rocket.adapters.persistence.sql.JsonDocuments;
import rocket.application.webhooks.port.out.DeliveryOutcome;
import rocket.application.webhooks.port.out.WebhookLogStore;
import rocket.domain.webhook.WebhookLog;

/** Webhook deliveries in {@code _webhook_logs}: the outbox and the delivery log in one table. */
public final class JooqWebhookLogStore implements WebhookLogStore {
    private static final Table<?> LOGS = Columns.table("_webhook_logs");
    private static final Field<UUID> ID = uuid("id");
    /** The id qualified by the table, where another relation in the statement has an {@code id} too. */
    private static final Field<UUID> LOGS_ID = DSL.field(LOGS.getQualifiedName().append("id"), SQLDataType.UUID);
    private static final Field<UUID> WEBHOOK_ID = uuid("webhook_id");
    private static final Field<String> ENTITY = text("entity");
    private static final Field<String> HOOK = text("hook");
    private static final Field<String> URL = text("url");
    private static final Field<String> METHOD = text("method");
    private static final Field<JSONB> REQUEST_HEADERS = DSL.field(DSL.name("request_headers"), SQLDataType.JSONB);
    private static final Field<JSONB> REQUEST_BODY = DSL.field(DSL.name("request_body"), SQLDataType.JSONB);
    private static final Field<Integer> RESPONSE_STATUS = DSL.field(DSL.name("response_status"), SQLDataType.INTEGER);
    private static final Field<String> RESPONSE_BODY = text("response_body");
    private static final Field<String> STATUS = text("status");
    private static final Field<Integer> ATTEMPT = DSL.field(DSL.name("attempt"), SQLDataType.INTEGER);
    private static final Field<Integer> MAX_ATTEMPTS = DSL.field(DSL.name("max_attempts"), SQLDataType.INTEGER);
    private static final Field<OffsetDateTime> NEXT_RETRY_AT = timestamp("next_retry_at");
    private static final Field<String> ERROR = text("error");
    private static final Field<String> IDEMPOTENCY_KEY = text("idempotency_key");
    private static final Field<OffsetDateTime> CREATED_AT = timestamp("created_at");
    private static final Field<OffsetDateTime> UPDATED_AT = timestamp("updated_at");
    private static final Field<?>[] ALL = {ID, WEBHOOK_ID, ENTITY, HOOK, URL, METHOD, REQUEST_HEADERS, REQUEST_BODY,
            RESPONSE_STATUS, RESPONSE_BODY, STATUS, ATTEMPT, MAX_ATTEMPTS, NEXT_RETRY_AT, ERROR, IDEMPOTENCY_KEY,
            CREATED_AT, UPDATED_AT};
    /** Waiting for an attempt; the claim's partial index (V3) covers exactly these rows. */
    private static final Condition WAITING = STATUS.in(WebhookLog.PENDING, WebhookLog.RETRYING);

    private final DSLContext dsl;

    public JooqWebhookLogStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void enqueueAll(List<WebhookLog> deliveries) {
        if (deliveries.isEmpty()) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        var insert = dsl.insertInto(LOGS, WEBHOOK_ID, ENTITY, HOOK, URL, METHOD, REQUEST_HEADERS, REQUEST_BODY, STATUS,
                ATTEMPT, MAX_ATTEMPTS, NEXT_RETRY_AT, IDEMPOTENCY_KEY);
        for (WebhookLog d : deliveries) {
            insert = insert.values(d.webhookId(), d.entity(), d.hook(), d.url(), d.method(),
                    JsonDocuments.toJsonb(d.requestHeaders()), JsonDocuments.toJsonb(d.requestBody()),
                    WebhookLog.PENDING, 0, d.maxAttempts(), now, d.idempotencyKey());
        }
        insert.execute();
    }

    @Override
    public WebhookLog record(WebhookLog d) {
        return dsl.insertInto(LOGS).set(WEBHOOK_ID, d.webhookId()).set(ENTITY, d.entity()).set(HOOK, d.hook())
                .set(URL, d.url()).set(METHOD, d.method()).set(REQUEST_HEADERS, JsonDocuments.toJsonb(d.requestHeaders()))
                .set(REQUEST_BODY, JsonDocuments.toJsonb(d.requestBody())).set(RESPONSE_STATUS, d.responseStatus())
                .set(RESPONSE_BODY, d.responseBody() == null ? "" : d.responseBody()).set(STATUS, d.status())
                .set(ATTEMPT, d.attempt()).set(MAX_ATTEMPTS, d.maxAttempts()).set(NEXT_RETRY_AT, utc(d.nextRetryAt()))
                .set(ERROR, d.error() == null ? "" : d.error()).set(IDEMPOTENCY_KEY, d.idempotencyKey())
                .returningResult(ALL).fetchOne(JooqWebhookLogStore::toLog);
    }

    /**
     * One statement: the locking select is a subquery of the update that leases what it found. SQLite has no
     * SKIP LOCKED and needs none: the update is a write, and SQLite runs one write transaction at a time (one
     * server instance per file), so two claims never overlap.
     */
    @Override
    public List<WebhookLog> claimDue(Instant now, Instant leaseUntil, int limit) {
        var due = DSL.select(ID).from(LOGS).where(WAITING).and(NEXT_RETRY_AT.le(utc(now)))
                .orderBy(NEXT_RETRY_AT).limit(limit);
        return dsl.update(LOGS).set(ATTEMPT, ATTEMPT.plus(1)).set(NEXT_RETRY_AT, utc(leaseUntil))
                .set(UPDATED_AT, Columns.now())
                .where(ID.in(dsl.family() == SQLDialect.SQLITE ? due : due.forUpdate().skipLocked()))
                .returningResult(ALL).fetch(JooqWebhookLogStore::toLog);
    }

    @Override
    public long countWaiting() {
        return dsl.fetchCount(LOGS, WAITING);
    }

    @Override
    public Optional<Instant> nextDue() {
        return Optional.ofNullable(instant(dsl.select(DSL.min(NEXT_RETRY_AT)).from(LOGS).where(WAITING)
                .fetchOne(0, OffsetDateTime.class)));
    }

    /**
     * One {@code UPDATE ... FROM (VALUES ...)}; {@code id IN (...)} as well lets the planner find the rows by primary
     * key, whatever join it picks for the values.
     */
    @Override
    public void completeAll(List<DeliveryOutcome> outcomes) {
        if (outcomes.isEmpty()) {
            return;
        }
        List<Row6<UUID, String, Integer, String, String, OffsetDateTime>> rows = outcomes.stream()
                .map(o -> DSL.row(typed(o.id(), SQLDataType.UUID), typed(o.status(), SQLDataType.CLOB),
                        typed(o.responseStatus(), SQLDataType.INTEGER),
                        typed(o.responseBody() == null ? "" : o.responseBody(), SQLDataType.CLOB),
                        typed(o.error() == null ? "" : o.error(), SQLDataType.CLOB),
                        typed(utc(o.nextRetryAt()), SQLDataType.TIMESTAMPWITHTIMEZONE)))
                .toList();
        Table<?> v = DSL.values(rows.toArray(Row6[]::new)).as("v", "id", "status", "response_status", "response_body",
                "error", "next_retry_at");
        dsl.update(LOGS).set(STATUS, v.field("status", String.class))
                .set(RESPONSE_STATUS, v.field("response_status", Integer.class))
                .set(RESPONSE_BODY, v.field("response_body", String.class)).set(ERROR, v.field("error", String.class))
                .set(NEXT_RETRY_AT, v.field("next_retry_at", OffsetDateTime.class))
                .set(UPDATED_AT, Columns.now()).from(v)
                .where(LOGS_ID.eq(v.field("id", UUID.class)))
                .and(LOGS_ID.in(outcomes.stream().map(DeliveryOutcome::id).toList())).execute();
    }

    /**
     * A value of the VALUES list: cast on PostgreSQL, which types a VALUES column by its first row; a plain bind on
     * SQLite, where a cast to a type name such as {@code timestamp with time zone} would turn the text into a number.
     */
    private <T> Field<T> typed(T value, DataType<T> type) {
        return dsl.family() == SQLDialect.SQLITE ? DSL.val(value, type) : DSL.cast(value, type);
    }

    @Override
    public List<WebhookLog> list(UUID webhookId, String status, String entity, int limit) {
        Condition where = DSL.noCondition();
        if (webhookId != null) {
            where = where.and(WEBHOOK_ID.eq(webhookId));
        }
        if (status != null) {
            where = where.and(STATUS.eq(status));
        }
        if (entity != null) {
            where = where.and(ENTITY.eq(entity));
        }
        return dsl.select(ALL).from(LOGS).where(where).orderBy(Columns.newestFirst(dsl, CREATED_AT)).limit(limit)
                .fetch(JooqWebhookLogStore::toLog);
    }

    @Override
    public Optional<WebhookLog> find(UUID id) {
        return dsl.select(ALL).from(LOGS).where(ID.eq(id)).fetchOptional(JooqWebhookLogStore::toLog);
    }

    @Override
    public Optional<WebhookLog> retryNow(UUID id, Instant now) {
        return dsl.update(LOGS).set(STATUS, WebhookLog.RETRYING).set(NEXT_RETRY_AT, utc(now))
                .set(UPDATED_AT, Columns.now()).where(ID.eq(id))
                .returningResult(ALL).fetchOptional(JooqWebhookLogStore::toLog);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static WebhookLog toLog(Record r) {
        Map<String, String> headers = new LinkedHashMap<>();
        JsonDocuments.object(r.get(REQUEST_HEADERS)).forEach((k, v) -> headers.put(k, String.valueOf(v)));
        return new WebhookLog(r.get(ID), r.get(WEBHOOK_ID), r.get(ENTITY), r.get(HOOK), r.get(URL), r.get(METHOD),
                headers, JsonDocuments.value(r.get(REQUEST_BODY)), r.get(RESPONSE_STATUS), r.get(RESPONSE_BODY),
                r.get(STATUS), r.get(ATTEMPT), r.get(MAX_ATTEMPTS), instant(r.get(NEXT_RETRY_AT)), r.get(ERROR),
                r.get(IDEMPOTENCY_KEY), instant(r.get(CREATED_AT)), instant(r.get(UPDATED_AT)));
    }
}
