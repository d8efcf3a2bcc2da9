package rocket.adapters.persistence.workflow;

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
import rocket.adapters.persistence.sql.UniqueViolations;
import rocket.application.workflows.port.out.WorkflowStore;
import rocket.domain.workflow.Workflow;

/** Workflow definitions in {@code _workflows}. */
public final class JooqWorkflowStore implements WorkflowStore {
    private static final Table<?> WORKFLOWS = Columns.table("_workflows");
    private static final Field<UUID> ID = uuid("id");
    private static final Field<String> NAME = text("name");
    private static final Field<JSONB> TRIGGER = DSL.field(DSL.name("trigger"), SQLDataType.JSONB);
    private static final Field<JSONB> CONTEXT = DSL.field(DSL.name("context"), SQLDataType.JSONB);
    private static final Field<JSONB> STEPS = DSL.field(DSL.name("steps"), SQLDataType.JSONB);
    private static final Field<Boolean> ACTIVE = bool("active");
    private static final Field<OffsetDateTime> CREATED_AT = timestamp("created_at");
    private static final Field<OffsetDateTime> UPDATED_AT = timestamp("updated_at");
    private static final Field<?>[] ALL = {ID, NAME, TRIGGER, CONTEXT, STEPS, ACTIVE, CREATED_AT, UPDATED_AT};

    private final DSLContext dsl;

    public JooqWorkflowStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<Workflow> list() {
        return dsl.select(ALL).from(WORKFLOWS).orderBy(NAME).fetch(JooqWorkflowStore::toWorkflow);
    }

    @Override
    public Optional<Workflow> find(UUID id) {
        return dsl.select(ALL).from(WORKFLOWS).where(ID.eq(id)).fetchOptional(JooqWorkflowStore::toWorkflow);
    }

    @Override
    public Optional<Workflow> insert(String name, Map<String, Object> trigger, Map<String, Object> context,
                                     List<Map<String, Object>> steps, boolean active) {
        return dsl.insertInto(WORKFLOWS).set(NAME, name).set(TRIGGER, JsonDocuments.toJsonb(trigger))
                .set(CONTEXT, JsonDocuments.toJsonb(context)).set(STEPS, JsonDocuments.toJsonb(steps)).set(ACTIVE, active)
                .onConflictDoNothing().returningResult(ALL).fetchOptional(JooqWorkflowStore::toWorkflow);
    }

    @Override
    public Optional<Workflow> update(UUID id, String name, Map<String, Object> trigger, Map<String, Object> context,
                                     List<Map<String, Object>> steps, boolean active) {
        var statement = dsl.update(WORKFLOWS).set(NAME, name).set(TRIGGER, JsonDocuments.toJsonb(trigger))
                .set(CONTEXT, JsonDocuments.toJsonb(context)).set(STEPS, JsonDocuments.toJsonb(steps)).set(ACTIVE, active)
                .set(UPDATED_AT, DSL.currentOffsetDateTime()).where(ID.eq(id)).returningResult(ALL);
        return UniqueViolations.asConflict("Workflow already exists: " + name,
                () -> statement.fetchOptional(JooqWorkflowStore::toWorkflow));
    }

    @Override
    public boolean delete(UUID id) {
        return dsl.deleteFrom(WORKFLOWS).where(ID.eq(id)).execute() == 1;
    }

    @SuppressWarnings("unchecked")
    private static Workflow toWorkflow(Record r) {
        Object steps = JsonDocuments.value(r.get(STEPS));
        return new Workflow(r.get(ID), r.get(NAME), JsonDocuments.object(r.get(TRIGGER)),
                JsonDocuments.object(r.get(CONTEXT)),
                steps instanceof List<?> list ? (List<Map<String, Object>>) list : List.of(),
                Boolean.TRUE.equals(r.get(ACTIVE)), instant(r.get(CREATED_AT)), instant(r.get(UPDATED_AT)));
    }
}
