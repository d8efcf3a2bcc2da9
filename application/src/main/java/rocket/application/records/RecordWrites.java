package rocket.application.records;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import rocket.application.apps.AppContext;
import rocket.application.events.Tracer;
import rocket.application.expressions.ExpressionCache;
import rocket.application.webhooks.WebhookActions;
import rocket.application.webhooks.WebhookDispatcher;
import rocket.application.webhooks.WebhookFiring;
import rocket.domain.metadata.AppMetadata;
import rocket.domain.metadata.Entity;
import rocket.domain.metadata.Rule;
import rocket.domain.permission.Permissions;
import rocket.domain.query.Filter;
import rocket.domain.write.RelationWrite;

/**
 * The one write pipeline of a record — authorize → rules → state machine → engine values → persist → nested →
 * outbox → after-commit — used alike by top-level writes, every nested child ({@link NestedWriter}, which may batch
 * the persist step of siblings) and workflow actions, so no path can skip a stage. It runs inside the caller's
 * transaction; after-commit work is handed to {@link AfterCommit}. A record's {@code path} ("" at the top,
 * {@code comments[0]} for a child) prefixes its errors.
 */
public final class RecordWrites {
    private final WebhookFiring firing;
    private final WebhookDispatcher dispatcher;
    private final WebhookActions webhookActions;
    private final Tracer tracer;
    private final NestedWriteMode nestedMode;
    /** Workflow actions write through this pipeline and its commits start workflows: a cycle, resolved lazily. */
    private final Supplier<CommittedWriteListener> workflows;

    public RecordWrites(WebhookFiring firing, WebhookDispatcher dispatcher, WebhookActions webhookActions, Tracer tracer,
                 NestedWriteMode nestedMode, Supplier<CommittedWriteListener> workflows) {
        this.firing = firing;
        this.dispatcher = dispatcher;
        this.webhookActions = webhookActions;
        this.tracer = tracer;
        this.nestedMode = nestedMode;
        this.workflows = workflows;
    }

    /** Creates a record with its nested writes; returns its key. */
    Object create(WriteRun run, Entity entity, Map<String, Object> values, List<RelationWrite> nested, String path) {
        PreparedWrite write = prepare(run, entity, null, values, path);
        Object key = persist(run, write);
        complete(run, write, key, nested);
        return key;
    }

    /** Updates the current row with the values and nested writes. */
    public void update(WriteRun run, Entity entity, Map<String, Object> current, Map<String, Object> values,
                List<RelationWrite> nested, String path) {
        PreparedWrite write = prepare(run, entity, current, values, path);
        complete(run, write, persist(run, write), nested);
    }

    /** Deletes the current row after its cascades. */
    void delete(WriteRun run, Entity entity, Map<String, Object> current, String path) {
        PreparedWrite write = prepareDelete(run, entity, current, path);
        complete(run, write, persist(run, write), List.of());
    }

    /**
     * The stages before the statement of an insert ({@code current} null) or update: authorize → rules → state
     * machine → file fields → engine values (defaults, auto timestamps) → slug.
     */
    PreparedWrite prepare(WriteRun run, Entity entity, Map<String, Object> current, Map<String, Object> input,
                          String path) {
        return ErrorPaths.at(path, () -> {
            String action = current == null ? PreparedWrite.CREATE : PreparedWrite.UPDATE;
            Map<String, Object> values = new LinkedHashMap<>(input);
            authorize(run, entity, action, current);
            AppMetadata metadata = run.metadata();
            ExpressionCache expressions = run.context().expressions();
            tracer.run("engine", "rules", "rules.evaluate", entity.name(), () -> RuleEvaluator.apply(expressions,
                    entity, metadata.rules(entity.name(), Rule.BEFORE_WRITE), values,
                    current == null ? Map.of() : current, action));
            List<Map<String, Object>> transitionHooks = tracer.span("engine", "state_machine",
                    "state_machine.evaluate", entity.name(), () -> StateMachineEvaluator.apply(expressions, entity,
                            metadata.stateMachines(entity.name()), values, current, run.caller(), run.now(),
                            run.workflow()));
            FileFields.resolve(entity, values, run.context().database().files());
            if (current == null) {
                RowValues.forInsert(entity, values, run.now());
            } else if (!values.isEmpty()) {
                RowValues.forUpdate(entity, values, run.now());
            }
            RowValues.slug(run.store(), entity, values, current, run.claimedSlugs(entity));
            return new PreparedWrite(entity, action, current, values, transitionHooks, path);
        });
    }

    /** The stage before a delete's statements: authorize against the current row. */
    PreparedWrite prepareDelete(WriteRun run, Entity entity, Map<String, Object> current, String path) {
        ErrorPaths.at(path, () -> authorize(run, entity, PreparedWrite.DELETE, current));
        return new PreparedWrite(entity, PreparedWrite.DELETE, current, Map.of(), List.of(), path);
    }

    /** The write's own statements: the insert (returns the new key), the update, or the cascades and the delete. */
    Object persist(WriteRun run, PreparedWrite write) {
        Entity entity = write.entity();
        return ErrorPaths.at(write.path(), () -> switch (write.action()) {
            case PreparedWrite.CREATE -> run.store().insert(entity, write.values());
            case PreparedWrite.UPDATE -> {
                if (run.store().update(entity, write.key(), write.values()) == 0) {
                    throw RecordLookup.notFound(entity, String.valueOf(write.key()));
                }
                yield write.key();
            }
            default -> {
                cascade(run, write);
                if (run.store().delete(entity, write.key()) == 0) {
                    throw RecordLookup.notFound(entity, String.valueOf(write.key()));
                }
                yield write.key();
            }
        });
    }

    /** A delete's cascades, which must run before its row goes (also when siblings are deleted as a batch). */
    void cascade(WriteRun run, PreparedWrite delete) {
        Cascades.apply(run.store(), run.metadata(), delete.entity(), delete.key());
    }

    /** The stages after the statement: nested writes under {@code key}, the outbox, the after-commit work. */
    void complete(WriteRun run, PreparedWrite write, Object key, List<RelationWrite> nested) {
        String entity = write.entity().name();
        if (!write.deletes()) {
            tracer.run("engine", "writer", "nested_write.execute", entity, () -> new NestedWriter(this, run, nestedMode)
                    .write(key, write.current() == null, nested, write.path()));
        }
        ErrorPaths.at(write.path(), () -> tracer.run("webhook", "dispatcher", "webhook.fire", entity,
                () -> outbox(run, write, key)));
        if (!write.deletes()) {
            AfterCommit.defer(() -> tracer.run("workflow", "engine", "workflow.trigger", entity,
                    () -> committed(run.context(), write, key)));
        }
    }

    /**
     * The target keys among {@code ids} the caller may link to: they need the read permission of the target entity
     * (else 403), and only rows that exist and lie inside their read conditions count.
     */
    Set<Object> linkable(WriteRun run, Entity target, Collection<Object> ids, String path) {
        return ErrorPaths.at(path, () -> {
            authorize(run, target, "read", null);
            Set<Object> found = new HashSet<>();
            Optional<List<Filter>> visible = run.readFilter(target);
            if (visible.isPresent()) {
                run.store().findAll(target, target.pkField(), ids, visible.get())
                        .forEach(row -> found.add(row.get(target.primaryKey().field())));
            }
            return found;
        });
    }

    private void authorize(WriteRun run, Entity entity, String action, Map<String, Object> current) {
        tracer.run("engine", "permission", "permission.check", entity.name(), () -> Permissions.check(run.caller(),
                entity.name(), action, run.metadata().permissions(), current));
    }

    /**
     * Inside the transaction: synchronous {@code before_*} hooks see the written values (a failure rolls back);
     * {@code after_*} outbox rows carry the record as it will be after commit.
     */
    private void outbox(WriteRun run, PreparedWrite write, Object key) {
        AppContext context = run.context();
        Entity entity = write.entity();
        Map<String, Object> old = write.current() == null ? Map.of() : RecordJson.of(entity, write.current());
        boolean queued;
        if (write.deletes()) {
            firing.fire(context, new WebhookFiring.Event("before_delete", entity.name(), write.action(), old, null,
                    run.caller()));
            queued = firing.fire(context, new WebhookFiring.Event("after_delete", entity.name(), write.action(), old,
                    null, run.caller()));
        } else {
            Map<String, Object> written = new LinkedHashMap<>();
            write.values().forEach((name, value) -> written.put(name, RecordJson.value(value)));
            firing.fire(context, new WebhookFiring.Event("before_write", entity.name(), write.action(), written, old,
                    run.caller()));
            queued = !run.metadata().webhooks(entity.name(), "after_write").isEmpty()
                    && firing.fire(context, new WebhookFiring.Event("after_write", entity.name(), write.action(),
                            RecordJson.of(entity, row(run, entity, key)), old, run.caller()));
        }
        if (queued && run.firstOutboxRow()) {
            AfterCommit.defer(() -> dispatcher.nudge(context.name())); // deliver the outbox rows this write committed
        }
    }

    /** After commit: the transitions' webhook actions and the workflows the new values start. */
    private void committed(AppContext context, PreparedWrite write, Object key) {
        Entity entity = write.entity();
        CommittedWriteListener engine = workflows.get();
        if (write.transitionHooks().isEmpty() && !engine.watches(context, entity)) {
            return;
        }
        Optional<Map<String, Object>> row = context.database().records().findOne(entity, entity.pkField(), key);
        if (row.isEmpty()) {
            return; // deleted meanwhile: nothing left to announce
        }
        Map<String, Object> json = RecordJson.of(entity, row.get());
        write.transitionHooks().forEach(hook -> webhookActions.fireAndForget(hook, json));
        engine.onWrite(context, entity, row.get(), write.current());
    }

    static Map<String, Object> row(WriteRun run, Entity entity, Object key) {
        return run.store().findOne(entity, entity.pkField(), key)
                .orElseThrow(() -> RecordLookup.notFound(entity, String.valueOf(key)));
    }
}
