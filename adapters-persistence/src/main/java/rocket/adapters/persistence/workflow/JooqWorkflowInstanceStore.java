package rocket.adapters.persistence.workflow;

import static rocket.adapters.persistence.sql.Columns.instant;
import static rocket.adapters.persistence.sql.Columns.text;
import static rocket.adapters.persistence.sql.Columns.timestamp;
import static rocket.adapters.persistence.sql.Columns.uuid;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.JSONB;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import rocket.adapters.persistence.sql.Columns;
import rocket.adapters.persistence.sql.JsonDocuments;
import rocket.application.workflows.port.out.WorkflowInstanceStore;
import rocket.domain.workflow.WorkflowInstance;

/** Workflow instances in {@code _workflow_instances}. */
public final class JooqWorkflowInstanceStore implements WorkflowInstanceStore {
    private static final Table<?> INSTANCES = Columns.table("_workflow_instances");
    private static final Field<UUID> ID = uuid("id");
    private static final Field<UUID> WORKFLOW_ID = uuid("workflow_id");
    private static final Field<String> WORKFLOW_NAME = text("workflow_name");
    private static final Field<String> STATUS = text("status");
    private static final Field<String> CURRENT_STEP = text("current_step");
    private static final Field<OffsetDateTime> DEADLINE = timestamp("current_step_deadline");
    private static final Field<JSONB> CONTEXT = DSL.field(DSL.name("context"), SQLDataType.JSONB);
    private static final Field<JSONB> HISTORY = DSL.field(DSL.name("history"), SQLDataType.JSONB);
    private static final Field<OffsetDateTime> CREATED_AT = timestamp("created_at");
    private static final Field<OffsetDateTime> UPDATED_AT = timestamp("updated_at");
    private static final Field<?>[] ALL = {ID, WORKFLOW_ID, WORKFLOW_NAME, STATUS, CURRENT_STEP, DEADLINE, CONTEXT,
            HISTORY, CREATED_AT, UPDATED_AT};

    private final DSLContext dsl;

    public JooqWorkflowInstanceStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public WorkflowInstance insert(UUID workflowId, String workflowName, String currentStep, Map<String, Object> context) {
        return dsl.insertInto(INSTANCES).set(WORKFLOW_ID, workflowId).set(WORKFLOW_NAME, workflowName)
                .set(STATUS, WorkflowInstance.RUNNING).set(CURRENT_STEP, currentStep)
                .set(CONTEXT, JsonDocuments.toJsonb(context)).set(HISTORY, JsonDocuments.toJsonb(List.of()))
                .returningResult(ALL).fetchOne(JooqWorkflowInstanceStore::toInstance);
    }

    @Override
    public Optional<WorkflowInstance> find(UUID id) {
        return dsl.select(ALL).from(INSTANCES).where(ID.eq(id)).fetchOptional(JooqWorkflowInstanceStore::toInstance);
    }

    /** SQLite: no FOR UPDATE; the caller's IMMEDIATE transaction holds the file's write lock already. */
    @Override
    public Optional<WorkflowInstance> lock(UUID id) {
        var row = dsl.select(ALL).from(INSTANCES).where(ID.eq(id));
        return (dsl.family() == SQLDialect.SQLITE ? row : row.forUpdate())
                .fetchOptional(JooqWorkflowInstanceStore::toInstance);
    }

    @Override
    public WorkflowInstance save(WorkflowInstance instance) {
        return dsl.update(INSTANCES).set(STATUS, instance.status()).set(CURRENT_STEP, instance.currentStep())
                .set(DEADLINE, instance.currentStepDeadline() == null ? null
                        : instance.currentStepDeadline().atOffset(ZoneOffset.UTC))
                .set(HISTORY, JsonDocuments.toJsonb(instance.history())).set(UPDATED_AT, Columns.now())
                .where(ID.eq(instance.id())).returningResult(ALL).fetchOne(JooqWorkflowInstanceStore::toInstance);
    }

    @Override
    public List<WorkflowInstance> pending() {
        return dsl.select(ALL).from(INSTANCES).where(STATUS.eq(WorkflowInstance.RUNNING)).and(CURRENT_STEP.isNotNull())
                .orderBy(Columns.newestFirst(dsl, CREATED_AT)).fetch(JooqWorkflowInstanceStore::toInstance);
    }

    @Override
    public boolean delete(UUID id) {
        return dsl.deleteFrom(INSTANCES).where(ID.eq(id)).execute() == 1;
    }

    /**
     * SQLite has no row locks: its transactions here begin IMMEDIATE (the write lock at once), so a claim inside
     * one already excludes every other claimer of the file.
     */
    @Override
    public List<WorkflowInstance> claimTimedOut(Instant now, int limit) {
        var due = dsl.select(ALL).from(INSTANCES).where(STATUS.eq(WorkflowInstance.RUNNING))
                .and(DEADLINE.lt(now.atOffset(ZoneOffset.UTC))).orderBy(DEADLINE).limit(limit);
        return (dsl.family() == SQLDialect.SQLITE ? due : due.forUpdate().skipLocked())
                .fetch(JooqWorkflowInstanceStore::toInstance);
    }

    @SuppressWarnings("unchecked")
    private static WorkflowInstance toInstance(Record r) {
        Object history = JsonDocuments.value(r.get(HISTORY));
        return new WorkflowInstance(r.get(ID), r.get(WORKFLOW_ID), r.get(WORKFLOW_NAME), r.get(STATUS),
                r.get(CURRENT_STEP), instant(r.get(DEADLINE)), JsonDocuments.object(r.get(CONTEXT)),
                history instanceof List<?> list ? (List<Map<String, Object>>) list : List.of(),
                instant(r.get(CREATED_AT)), instant(r.get(UPDATED_AT)));
    }
}
