package rocket.adapters.persistence.logic;

import static rocket.adapters.persistence.sql.Columns.bool;
import static rocket.adapters.persistence.sql.Columns.instant;
import static rocket.adapters.persistence.sql.Columns.text;
import static rocket.adapters.persistence.sql.Columns.timestamp;
import static rocket.adapters.persistence.sql.Columns.uuid;

import java.time.OffsetDateTime;
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
import rocket.application.definitions.port.out.RuleStore;
import rocket.domain.metadata.Rule;

/** Rules in {@code _rules}. */
public final class JooqRuleStore implements RuleStore {
    private static final Table<?> RULES = Columns.table("_rules");
    private static final Field<UUID> ID = uuid("id");
    private static final Field<String> ENTITY = text("entity");
    private static final Field<String> HOOK = text("hook");
    private static final Field<String> TYPE = text("type");
    private static final Field<JSONB> DEFINITION = DSL.field(DSL.name("definition"), SQLDataType.JSONB);
    private static final Field<Integer> PRIORITY = DSL.field(DSL.name("priority"), SQLDataType.INTEGER);
    private static final Field<Boolean> ACTIVE = bool("active");
    private static final Field<OffsetDateTime> CREATED_AT = timestamp("created_at");
    private static final Field<OffsetDateTime> UPDATED_AT = timestamp("updated_at");
    private static final Field<?>[] ALL = {ID, ENTITY, HOOK, TYPE, DEFINITION, PRIORITY, ACTIVE, CREATED_AT, UPDATED_AT};

    private final DSLContext dsl;

    public JooqRuleStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<Rule> list() {
        return dsl.select(ALL).from(RULES).orderBy(ENTITY, PRIORITY).fetch(JooqRuleStore::toRule);
    }

    @Override
    public Optional<Rule> find(UUID id) {
        return dsl.select(ALL).from(RULES).where(ID.eq(id)).fetchOptional(JooqRuleStore::toRule);
    }

    @Override
    public Rule insert(String entity, String hook, String type, Map<String, Object> definition, int priority,
                       boolean active) {
        return dsl.insertInto(RULES).set(ENTITY, entity).set(HOOK, hook).set(TYPE, type)
                .set(DEFINITION, JsonDocuments.toJsonb(definition)).set(PRIORITY, priority).set(ACTIVE, active)
                .returningResult(ALL).fetchOne(JooqRuleStore::toRule);
    }

    @Override
    public Optional<Rule> update(UUID id, String entity, String hook, String type, Map<String, Object> definition,
                                 int priority, boolean active) {
        return dsl.update(RULES).set(ENTITY, entity).set(HOOK, hook).set(TYPE, type)
                .set(DEFINITION, JsonDocuments.toJsonb(definition)).set(PRIORITY, priority).set(ACTIVE, active)
                .set(UPDATED_AT, DSL.currentOffsetDateTime()).where(ID.eq(id))
                .returningResult(ALL).fetchOptional(JooqRuleStore::toRule);
    }

    @Override
    public boolean delete(UUID id) {
        return dsl.deleteFrom(RULES).where(ID.eq(id)).execute() == 1;
    }

    private static Rule toRule(Record r) {
        return new Rule(r.get(ID), r.get(ENTITY), r.get(HOOK), r.get(TYPE), JsonDocuments.object(r.get(DEFINITION)),
                r.get(PRIORITY), Boolean.TRUE.equals(r.get(ACTIVE)), instant(r.get(CREATED_AT)), instant(r.get(UPDATED_AT)));
    }
}
