package rocket.adapters.persistence.webhook;

import static rocket.adapters.persistence.sql.Columns.bool;
import static rocket.adapters.persistence.sql.Columns.instant;
import static rocket.adapters.persistence.sql.Columns.text;
import static rocket.adapters.persistence.sql.Columns.timestamp;
import static rocket.adapters.persistence.sql.Columns.uuid;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.JSONB;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import rocket.adapters.persistence.sql.Columns;
import rocket.adapters.persistence.sql.JsonDocuments;
import rocket.application.webhooks.port.out.WebhookStore;
import rocket.domain.metadata.Webhook;

/** Webhooks in {@code _webhooks}; headers and retry are JSONB. */
public final class JooqWebhookStore implements WebhookStore {
    private static final Table<?> WEBHOOKS = Columns.table("_webhooks");
    private static final Field<UUID> ID = uuid("id");
    private static final Field<String> ENTITY = text("entity");
    private static final Field<String> HOOK = text("hook");
    private static final Field<String> URL = text("url");
    private static final Field<String> METHOD = text("method");
    private static final Field<JSONB> HEADERS = DSL.field(DSL.name("headers"), SQLDataType.JSONB);
    private static final Field<String> CONDITION = text("condition");
    private static final Field<Boolean> ASYNC = bool("async");
    private static final Field<JSONB> RETRY = DSL.field(DSL.name("retry"), SQLDataType.JSONB);
    private static final Field<Boolean> ACTIVE = bool("active");
    private static final Field<OffsetDateTime> CREATED_AT = timestamp("created_at");
    private static final Field<OffsetDateTime> UPDATED_AT = timestamp("updated_at");
    private static final Field<?>[] ALL = {ID, ENTITY, HOOK, URL, METHOD, HEADERS, CONDITION, ASYNC, RETRY, ACTIVE,
            CREATED_AT, UPDATED_AT};

    private final DSLContext dsl;

    public JooqWebhookStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<Webhook> list() {
        return dsl.select(ALL).from(WEBHOOKS).orderBy(ENTITY, HOOK).fetch(JooqWebhookStore::toWebhook);
    }

    @Override
    public Optional<Webhook> find(UUID id) {
        return dsl.select(ALL).from(WEBHOOKS).where(ID.eq(id)).fetchOptional(JooqWebhookStore::toWebhook);
    }

    @Override
    public Webhook insert(Webhook w) {
        return dsl.insertInto(WEBHOOKS).set(ENTITY, w.entity()).set(HOOK, w.hook()).set(URL, w.url())
                .set(METHOD, w.method()).set(HEADERS, JsonDocuments.toJsonb(w.headers())).set(CONDITION, w.condition())
                .set(ASYNC, w.async()).set(RETRY, retry(w)).set(ACTIVE, w.active())
                .returningResult(ALL).fetchOne(JooqWebhookStore::toWebhook);
    }

    @Override
    public Optional<Webhook> update(UUID id, Webhook w) {
        return dsl.update(WEBHOOKS).set(ENTITY, w.entity()).set(HOOK, w.hook()).set(URL, w.url())
                .set(METHOD, w.method()).set(HEADERS, JsonDocuments.toJsonb(w.headers())).set(CONDITION, w.condition())
                .set(ASYNC, w.async()).set(RETRY, retry(w)).set(ACTIVE, w.active())
                .set(UPDATED_AT, DSL.currentOffsetDateTime()).where(ID.eq(id))
                .returningResult(ALL).fetchOptional(JooqWebhookStore::toWebhook);
    }

    @Override
    public boolean delete(UUID id) {
        return dsl.deleteFrom(WEBHOOKS).where(ID.eq(id)).execute() == 1;
    }

    private static JSONB retry(Webhook w) {
        Map<String, Object> retry = new LinkedHashMap<>();
        retry.put("max_attempts", w.maxAttempts());
        retry.put("backoff", w.backoff());
        return JsonDocuments.toJsonb(retry);
    }

    private static Webhook toWebhook(Record r) {
        Map<String, String> headers = new LinkedHashMap<>();
        JsonDocuments.object(r.get(HEADERS)).forEach((k, v) -> headers.put(k, String.valueOf(v)));
        Map<String, Object> retry = JsonDocuments.object(r.get(RETRY));
        int maxAttempts = retry.get("max_attempts") instanceof Number n ? n.intValue() : 3;
        return new Webhook(r.get(ID), r.get(ENTITY), r.get(HOOK), r.get(URL), r.get(METHOD), headers,
                r.get(CONDITION), Boolean.TRUE.equals(r.get(ASYNC)), maxAttempts,
                retry.get("backoff") instanceof String b ? b : "exponential", Boolean.TRUE.equals(r.get(ACTIVE)),
                instant(r.get(CREATED_AT)), instant(r.get(UPDATED_AT)));
    }
}
