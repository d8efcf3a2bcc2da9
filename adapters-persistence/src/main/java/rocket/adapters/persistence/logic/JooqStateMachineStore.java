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
import rocket.application.definitions.port.out.StateMachineStore;
import rocket.domain.metadata.StateMachine;

/** State machines in {@code _state_machines}. */
public final class JooqStateMachineStore implements StateMachineStore {
    private static final Table<?> MACHINES = Columns.table("_state_machines");
    private static final Field<UUID> ID = uuid("id");
    private static final Field<String> ENTITY = text("entity");
    private static final Field<String> FIELD = text("field");
    private static final Field<JSONB> DEFINITION = DSL.field(DSL.name("definition"), SQLDataType.JSONB);
    private static final Field<Boolean> ACTIVE = bool("active");
    private static final Field<OffsetDateTime> CREATED_AT = timestamp("created_at");
    private static final Field<OffsetDateTime> UPDATED_AT = timestamp("updated_at");
    private static final Field<?>[] ALL = {ID, ENTITY, FIELD, DEFINITION, ACTIVE, CREATED_AT, UPDATED_AT};

    private final DSLContext dsl;

    public JooqStateMachineStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<StateMachine> list() {
        return dsl.select(ALL).from(MACHINES).orderBy(ENTITY, CREATED_AT).fetch(JooqStateMachineStore::toMachine);
    }

    @Override
    public Optional<StateMachine> find(UUID id) {
        return dsl.select(ALL).from(MACHINES).where(ID.eq(id)).fetchOptional(JooqStateMachineStore::toMachine);
    }

    @Override
    public StateMachine insert(String entity, String field, Map<String, Object> definition, boolean active) {
        return dsl.insertInto(MACHINES).set(ENTITY, entity).set(FIELD, field)
                .set(DEFINITION, JsonDocuments.toJsonb(definition)).set(ACTIVE, active)
                .returningResult(ALL).fetchOne(JooqStateMachineStore::toMachine);
    }

    @Override
    public Optional<StateMachine> update(UUID id, String entity, String field, Map<String, Object> definition,
                                         boolean active) {
        return dsl.update(MACHINES).set(ENTITY, entity).set(FIELD, field)
                .set(DEFINITION, JsonDocuments.toJsonb(definition)).set(ACTIVE, active)
                .set(UPDATED_AT, DSL.currentOffsetDateTime()).where(ID.eq(id))
                .returningResult(ALL).fetchOptional(JooqStateMachineStore::toMachine);
    }

    @Override
    public boolean delete(UUID id) {
        return dsl.deleteFrom(MACHINES).where(ID.eq(id)).execute() == 1;
    }

    private static StateMachine toMachine(Record r) {
        return new StateMachine(r.get(ID), r.get(ENTITY), r.get(FIELD), JsonDocuments.object(r.get(DEFINITION)),
                Boolean.TRUE.equals(r.get(ACTIVE)), instant(r.get(CREATED_AT)), instant(r.get(UPDATED_AT)));
    }
}
