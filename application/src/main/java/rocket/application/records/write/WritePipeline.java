package rocket.application.records.write;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import rocket.application.apps.AppContext;
import rocket.application.apps.port.out.AppStores;
import rocket.application.events.Tracer;
import rocket.application.records.port.out.RecordChange;
import rocket.application.webhooks.WebhookActions;
import rocket.application.webhooks.WebhookDispatcher;
import rocket.application.webhooks.WebhookFiring;
import rocket.domain.permission.Caller;
import rocket.domain.metadata.Entity;
import rocket.domain.logic.Rule;
import rocket.domain.write.RelationWrite;

/**
 * The one write pipeline of a record, for every kind of write: authorize → rules → state machine → engine values
 * → persist → nested → outbox → after-commit. Top-level writes, every nested child ({@link NestedWrites}, which
 * may batch the persist stage of siblings) and workflow actions all come through here, so no path can skip a
 * stage. It runs inside the caller's transaction; after-commit work is handed to {@link AfterCommit}. A record's
 * {@code path} ("" at the top, {@code comments[0]} for a child) prefixes its errors.
 */
public final class WritePipeline {
    private final AppStores<WriteStores> stores;
    private final Tracer tracer;
    private final Authorization authorization;
    private final NestedWrites nested;
    private final Outbox outbox;
    private final CommittedWork committed;

    public WritePipeline(AppStores<WriteStores> stores, Tracer tracer, NestedWriteMode nestedMode,
                         WebhookFiring firing, WebhookDispatcher dispatcher, WebhookActions webhookActions,
                         Supplier<CommittedWriteListener> workflows) {
        this(stores, tracer, nestedMode, new Outbox(firing::fire, context -> dispatcher.nudge(context.name())),
                new CommittedWork(tracer, webhookActions, workflows));
    }

    WritePipeline(AppStores<WriteStores> stores, Tracer tracer, NestedWriteMode nestedMode, Outbox outbox,
                  CommittedWork committed) {
        this.stores = stores;
        this.tracer = tracer;
        this.authorization = new Authorization(tracer);
        this.nested = new NestedWrites(this, authorization, nestedMode);
        this.outbox = outbox;
        this.committed = committed;
    }

    /** A run of the caller's writes in the app, reading its metadata snapshot now. */
    public WriteRun run(AppContext context, Caller caller, OffsetDateTime now) {
        return new WriteRun(context, context.metadata(), context.expressions(), stores.of(context.name()), caller,
                now, false);
    }

    /** A run of a workflow's writes: they act as the engine (see {@link WriteRun}). */
    public WriteRun workflowRun(AppContext context, OffsetDateTime now) {
        return new WriteRun(context, context.metadata(), context.expressions(), stores.of(context.name()),
                Caller.withoutAccount(WriteRun.WORKFLOW), now, true);
    }

    /**
     * Writes one record with its nested writes through every stage; returns what it stored. {@code current} is the
     * row an update or delete starts from (null for a create); a delete has no values and no nested writes.
     */
    public StoredRow write(WriteRun run, WriteKind kind, Entity entity, Map<String, Object> current,
                           Map<String, Object> values, List<RelationWrite> nestedWrites, String path) {
        PreparedWrite write = prepare(run, kind, entity, current, values, Set.of(), path);
        return complete(run, write, Persistence.persist(run, write), nestedWrites);
    }

    /**
     * The stages before the statement: authorize → rules → state machine → engine values (a delete: authorize).
     * The caller must be allowed to write every field of {@code input} but those {@code setByParent} (the foreign
     * key a nested child gets from its parent, which the engine writes).
     */
    PreparedWrite prepare(WriteRun run, WriteKind kind, Entity entity, Map<String, Object> current,
                          Map<String, Object> input, Set<String> setByParent, String path) {
        if (kind == WriteKind.DELETE) {
            ErrorPaths.at(path, () -> authorization.check(run, entity, kind.action(), current));
            return new PreparedWrite(entity, kind, current, Map.of(), List.of(), path);
        }
        return ErrorPaths.at(path, () -> {
            Map<String, Object> values = new LinkedHashMap<>(input);
            authorization.checkWrite(run, kind, entity, current, values, input.keySet().stream()
                    .filter(name -> !setByParent.contains(name)).toList());
            rules(run, kind, entity, current, values);
            List<Map<String, Object>> transitionHooks = stateMachine(run, entity, current, values);
            EngineValues.apply(run, entity, values, current);
            return new PreparedWrite(entity, kind, current, values, transitionHooks, path);
        });
    }

    /**
     * The stages after the statement: nested writes under the stored key, the outbox, the after-commit work;
     * returns the stored record as it stands after them.
     */
    StoredRow complete(WriteRun run, PreparedWrite write, StoredRow stored, List<RelationWrite> nestedWrites) {
        String entity = write.entity().name();
        // appended in the write's transaction: the change stream sees the change exactly when it commits
        AfterCommit.log(run.stores().changes(), List.of(new RecordChange(entity, String.valueOf(stored.key()),
                write.deletes() ? RecordChange.Op.DELETED
                        : write.current() == null ? RecordChange.Op.CREATED : RecordChange.Op.UPDATED)));
        if (!write.deletes()) { // the span is in the contract's catalogue even when there is nothing nested
            tracer.run("engine", "writer", "nested_write.execute", entity,
                    () -> nested.write(run, stored.key(), write.current() == null, nestedWrites, write.path()));
        }
        // a child's stages may have touched its parent
        StoredRow row = nestedWrites.isEmpty() ? stored : stored.readAgain();
        if (outbox.hooked(run, write)) { // no span for a stage with nothing to do, as no peer records one
            ErrorPaths.at(write.path(), () -> tracer.run("webhook", "dispatcher", "webhook.fire", entity,
                    () -> outbox.write(run, write, row)));
        }
        committed.schedule(run, write, row.key());
        return row;
    }

    private void rules(WriteRun run, WriteKind kind, Entity entity, Map<String, Object> current,
                       Map<String, Object> values) {
        tracer.run("engine", "rules", "rules.evaluate", entity.name(), () -> RuleEvaluator.apply(run.expressions(),
                entity, run.metadata().rules(entity.name(), Rule.BEFORE_WRITE), values,
                current == null ? Map.of() : current, kind.action()));
    }

    /** Returns the webhook actions of the transitions taken. */
    private List<Map<String, Object>> stateMachine(WriteRun run, Entity entity, Map<String, Object> current,
                                                   Map<String, Object> values) {
        return tracer.span("engine", "state_machine", "state.transition", entity.name(),
                () -> StateMachineEvaluator.apply(run.expressions(), entity, run.metadata().stateMachines(entity.name()),
                        values, current, run.caller(), run.now(), run.workflow()));
    }
}
