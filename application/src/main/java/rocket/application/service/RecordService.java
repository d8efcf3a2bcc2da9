package rocket.application.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import rocket.application.port.in.Conditional;
import rocket.application.port.in.CountMode;
import rocket.application.port.in.RecordPage;
import rocket.application.port.in.RecordsUseCase;
import rocket.application.port.out.AppDatabase;
import rocket.application.port.out.RecordStore;
import rocket.domain.auth.Principal;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.RocketException;
import rocket.domain.metadata.AppMetadata;
import rocket.domain.metadata.Entity;
import rocket.domain.metadata.Field;
import rocket.domain.metadata.OnDelete;
import rocket.domain.metadata.Relation;
import rocket.domain.metadata.Rule;
import rocket.domain.permission.Permissions;
import rocket.domain.query.Filter;
import rocket.domain.query.FilterOperator;
import rocket.domain.query.Include;
import rocket.domain.query.ListQuery;
import rocket.domain.query.ListQueryParser;
import rocket.domain.query.QueryLimits;
import rocket.domain.write.WritePayloads;
import rocket.domain.write.WritePlan;

/** The dynamic entity API over one metadata snapshot per request: parse → check → transaction → re-read. */
public final class RecordService implements RecordsUseCase {
    private final AppRegistry apps;
    private final WorkflowEngine workflows;
    private final WebhookActions webhooks;
    private final WebhookFiring firing;
    private final WebhookDispatcher dispatcher;
    private final Tracer tracer;
    private final VersionedReads reads;
    private final IncludeLoader includeLoader;
    private final NestedWriteMode nestedWrites;
    private final QueryLimits limits;
    private final Clock clock;

    public RecordService(AppRegistry apps, WorkflowEngine workflows, WebhookActions webhooks, WebhookFiring firing,
                         WebhookDispatcher dispatcher, Tracer tracer, VersionedReads reads, IncludeLoader includeLoader,
                         NestedWriteMode nestedWrites, QueryLimits limits, Clock clock) {
        this.tracer = tracer;
        this.reads = reads;
        this.includeLoader = includeLoader;
        this.nestedWrites = nestedWrites;
        this.limits = limits;
        this.apps = apps;
        this.workflows = workflows;
        this.webhooks = webhooks;
        this.firing = firing;
        this.dispatcher = dispatcher;
        this.clock = clock;
    }

    private Conditional<RecordPage> listRecords(String app, String entityName, Principal caller,
                                                Map<String, List<String>> query, CountMode count, String ifNoneMatch) {
        AppContext context = apps.resolve(app);
        AppMetadata metadata = context.metadata();
        Entity entity = metadata.entity(entityName);
        tracer.run("engine", "permission", "permission.check", entity.name(),
                () -> Permissions.check(caller, entity.name(), "read", metadata.permissions(), null));
        ListQuery plan = ListQueryParser.parse(entity, metadata, query, limits);
        Optional<List<Filter>> rowFilter = Permissions.readFilters(caller, entity, metadata.permissions());
        ReadKey request = ReadKeys.list(entity, plan, count, rowFilter);
        return reads.read(context, entitiesRead(metadata, entity, plan.includes()), request, ifNoneMatch, () -> {
            if (rowFilter.isEmpty()) { // a policy condition no row can meet
                return new RecordPage(List.of(), plan.page(), plan.perPage(), count == CountMode.NONE ? null : 0L, count);
            }
            List<Filter> filters = new ArrayList<>(plan.filters());
            filters.addAll(rowFilter.get());
            RecordStore store = context.database().records();
            List<Map<String, Object>> rows = store.list(entity, filters, plan.sorts(), plan.perPage(), plan.offset());
            Long total = switch (count) {
                case EXACT -> store.count(entity, filters);
                case PLANNED -> store.estimateCount(entity, filters);
                case NONE -> null;
            };
            return new RecordPage(toJson(store, metadata, entity, rows, plan.includes()), plan.page(), plan.perPage(),
                    total, count);
        });
    }

    private Conditional<Map<String, Object>> getRecord(String app, String entityName, Principal caller, String idOrSlug,
                                                       String include, String ifNoneMatch) {
        AppContext context = apps.resolve(app);
        AppMetadata metadata = context.metadata();
        Entity entity = metadata.entity(entityName);
        tracer.run("engine", "permission", "permission.check", entity.name(),
                () -> Permissions.check(caller, entity.name(), "read", metadata.permissions(), null));
        List<Include> includes = ListQueryParser.includes(entity, metadata, include);
        Optional<List<Filter>> rowFilter = Permissions.readFilters(caller, entity, metadata.permissions());
        ReadKey request = ReadKeys.get(entity, idOrSlug, includes, rowFilter);
        return reads.read(context, entitiesRead(metadata, entity, includes), request, ifNoneMatch, () -> {
            RecordStore store = context.database().records();
            Map<String, Object> row = RecordLookup.require(store, entity, idOrSlug);
            requireReadable(store, entity, rowFilter, row, idOrSlug);
            return toJson(store, metadata, entity, List.of(row), includes).get(0);
        });
    }

    /** The entity itself and every entity its includes read (join rows count as writes to both ends). */
    private static List<Entity> entitiesRead(AppMetadata metadata, Entity entity, List<Include> includes) {
        List<Entity> entities = new ArrayList<>();
        entities.add(entity);
        includes.forEach(include -> entities.add(metadata.entity(include.link().other())));
        return entities;
    }

    private Map<String, Object> createRecord(String app, String entityName, Principal caller, Map<String, Object> body) {
        AppContext context = apps.resolve(app);
        AppMetadata metadata = context.metadata();
        Entity entity = metadata.entity(entityName);
        tracer.run("engine", "permission", "permission.check", entity.name(),
                () -> Permissions.check(caller, entity.name(), "create", metadata.permissions(), null));
        WritePlan plan = WritePayloads.parse(entity, metadata, body, true);
        AppDatabase db = context.database();
        RecordStore store = db.records();
        OffsetDateTime now = now();
        List<Map<String, Object>> transitionHooks = new ArrayList<>();
        Object key = db.transactions().inTransaction(() -> {
            Map<String, Object> values = plan.values();
            tracer.run("engine", "rules", "rules.evaluate", entity.name(), () -> RuleEvaluator.apply(
                    context.expressions(), entity, metadata.rules(entity.name(), Rule.BEFORE_WRITE), values, Map.of(),
                    "create"));
            transitionHooks.addAll(tracer.span("engine", "state_machine", "state_machine.evaluate", entity.name(),
                    () -> StateMachineEvaluator.apply(context.expressions(), entity,
                            metadata.stateMachines(entity.name()), values, null, caller, now)));
            FileFields.resolve(entity, values, db.files());
            RowValues.forInsert(entity, values, now);
            RowValues.slug(store, entity, values, null);
            Object inserted = store.insert(entity, values);
            tracer.run("engine", "writer", "nested_write.execute", entity.name(),
                    () -> new NestedWriter(store, db.transactions(), metadata, now, nestedWrites)
                            .write(inserted, true, plan.relations(), ""));
            tracer.run("webhook", "dispatcher", "webhook.fire", entity.name(),
                    () -> fireWriteHooks(context, entity, "create", values, Map.of(), inserted, caller));
            return inserted;
        });
        Map<String, Object> row = rereadRow(store, entity, key);
        return afterCommit(context, entity, row, null, transitionHooks);
    }

    private Map<String, Object> updateRecord(String app, String entityName, Principal caller, String idOrSlug,
                                      Map<String, Object> body) {
        AppContext context = apps.resolve(app);
        AppMetadata metadata = context.metadata();
        Entity entity = metadata.entity(entityName);
        RecordStore store = context.database().records();
        Map<String, Object> current = RecordLookup.require(store, entity, idOrSlug);
        tracer.run("engine", "permission", "permission.check", entity.name(),
                () -> Permissions.check(caller, entity.name(), "update", metadata.permissions(), current));
        WritePlan plan = WritePayloads.parse(entity, metadata, body, false);
        Object key = current.get(entity.primaryKey().field());
        OffsetDateTime now = now();
        List<Map<String, Object>> transitionHooks = new ArrayList<>();
        context.database().transactions().inTransaction(() -> {
            Map<String, Object> values = plan.values();
            tracer.run("engine", "rules", "rules.evaluate", entity.name(), () -> RuleEvaluator.apply(
                    context.expressions(), entity, metadata.rules(entity.name(), Rule.BEFORE_WRITE), values, current,
                    "update"));
            transitionHooks.addAll(tracer.span("engine", "state_machine", "state_machine.evaluate", entity.name(),
                    () -> StateMachineEvaluator.apply(context.expressions(), entity,
                            metadata.stateMachines(entity.name()), values, current, caller, now)));
            FileFields.resolve(entity, values, context.database().files());
            if (!values.isEmpty()) {
                RowValues.forUpdate(entity, values, now);
            }
            RowValues.slug(store, entity, values, current);
            if (store.update(entity, key, values) == 0) {
                throw RecordLookup.notFound(entity, idOrSlug);
            }
            tracer.run("engine", "writer", "nested_write.execute", entity.name(),
                    () -> new NestedWriter(store, context.database().transactions(), metadata, now, nestedWrites)
                            .write(key, false, plan.relations(), ""));
            tracer.run("webhook", "dispatcher", "webhook.fire", entity.name(),
                    () -> fireWriteHooks(context, entity, "update", values, RecordJson.of(entity, current), key, caller));
            return null;
        });
        Map<String, Object> row = rereadRow(store, entity, key);
        return afterCommit(context, entity, row, current, transitionHooks);
    }

    private void deleteRecord(String app, String entityName, Principal caller, String idOrSlug) {
        AppContext context = apps.resolve(app);
        AppMetadata metadata = context.metadata();
        Entity entity = metadata.entity(entityName);
        RecordStore store = context.database().records();
        Map<String, Object> current = RecordLookup.require(store, entity, idOrSlug);
        tracer.run("engine", "permission", "permission.check", entity.name(),
                () -> Permissions.check(caller, entity.name(), "delete", metadata.permissions(), current));
        Object key = current.get(entity.primaryKey().field());
        context.database().transactions().inTransaction(() -> {
            for (Relation relation : metadata.relationsFrom(entity.name())) {
                cascade(store, metadata, relation, key);
            }
            if (store.delete(entity, key) == 0) {
                throw RecordLookup.notFound(entity, idOrSlug);
            }
            Map<String, Object> image = RecordJson.of(entity, current);
            firing.fire(context, new WebhookFiring.Event("before_delete", entity.name(), "delete", image, null, caller));
            firing.fire(context, new WebhookFiring.Event("after_delete", entity.name(), "delete", image, null, caller));
            return null;
        });
        if (!metadata.webhooks(entity.name(), "after_delete").isEmpty()) {
            dispatcher.nudge();
        }
    }

    /**
     * Inside the write transaction: synchronous {@code before_write} hooks see the written values; the
     * {@code after_write} outbox rows carry the record as it will be after commit.
     */
    private void fireWriteHooks(AppContext context, Entity entity, String action, Map<String, Object> values,
                                Map<String, Object> old, Object key, Principal caller) {
        Map<String, Object> written = new java.util.LinkedHashMap<>();
        values.forEach((name, value) -> written.put(name, RecordJson.value(value)));
        firing.fire(context, new WebhookFiring.Event("before_write", entity.name(), action, written, old, caller));
        if (!context.metadata().webhooks(entity.name(), "after_write").isEmpty()) {
            Map<String, Object> after = RecordJson.of(entity, rereadRow(context.database().records(), entity, key));
            firing.fire(context, new WebhookFiring.Event("after_write", entity.name(), action, after, old, caller));
        }
    }

    @Override
    public Conditional<RecordPage> list(String app, String entity, Principal caller, Map<String, List<String>> query,
                                        CountMode count, String ifNoneMatch) {
        return tracer.span("engine", "handler", "record.list", entity,
                () -> listRecords(app, entity, caller, query, count, ifNoneMatch));
    }

    @Override
    public Conditional<Map<String, Object>> get(String app, String entity, Principal caller, String idOrSlug,
                                                String include, String ifNoneMatch) {
        return tracer.span("engine", "handler", "record.get", entity,
                () -> getRecord(app, entity, caller, idOrSlug, include, ifNoneMatch));
    }

    @Override
    public Map<String, Object> create(String app, String entity, Principal caller, Map<String, Object> body) {
        return tracer.span("engine", "handler", "record.create", entity, () -> createRecord(app, entity, caller, body));
    }

    @Override
    public Map<String, Object> update(String app, String entity, Principal caller, String idOrSlug,
                                      Map<String, Object> body) {
        return tracer.span("engine", "handler", "record.update", entity,
                () -> updateRecord(app, entity, caller, idOrSlug, body));
    }

    @Override
    public void delete(String app, String entity, Principal caller, String idOrSlug) {
        tracer.run("engine", "handler", "record.delete", entity, () -> deleteRecord(app, entity, caller, idOrSlug));
    }

    /** Post-commit effects of a write: webhook dispatch, transition webhooks and workflow starts. */
    private Map<String, Object> afterCommit(AppContext context, Entity entity, Map<String, Object> row,
                                            Map<String, Object> old, List<Map<String, Object>> transitionHooks) {
        if (!context.metadata().webhooks(entity.name(), "after_write").isEmpty()) {
            dispatcher.nudge(); // deliver the outbox rows this write committed
        }
        Map<String, Object> json = RecordJson.of(entity, row);
        transitionHooks.forEach(hook -> webhooks.fireAndForget(hook, json));
        tracer.run("workflow", "engine", "workflow.trigger", entity.name(),
                () -> workflows.onWrite(context, entity, row, old));
        return json;
    }

    /** One level of the deleted record's relations where it is the source (behaviour.md §5). */
    private static void cascade(RecordStore store, AppMetadata metadata, Relation relation, Object key) {
        if (relation.manyToMany()) {
            if (relation.onDelete() == OnDelete.CASCADE || relation.onDelete() == OnDelete.DETACH) {
                store.unlink(relation, key, null);
            }
            return;
        }
        Entity target = metadata.entity(relation.target());
        Field foreignKey = target.field(relation.targetKey()).orElseThrow();
        switch (relation.onDelete()) {
            case CASCADE -> store.deleteWhere(target, foreignKey, key);
            case SET_NULL -> store.setNull(target, foreignKey, key);
            case RESTRICT -> {
                long related = store.countWhere(target, foreignKey, key);
                if (related > 0) {
                    throw RocketException.of(ErrorCode.CONFLICT,
                            "Cannot delete: " + related + " related " + target.name() + " records exist");
                }
            }
            default -> {
            }
        }
    }

    /** Read conditions guard get-by-id too: a row outside the caller's filter does not exist for them. */
    private static void requireReadable(RecordStore store, Entity entity, Optional<List<Filter>> rowFilter,
                                        Map<String, Object> row, String idOrSlug) {
        if (rowFilter.isPresent() && rowFilter.get().isEmpty()) {
            return;
        }
        List<Filter> filters = new ArrayList<>(rowFilter.orElse(List.of()));
        filters.add(new Filter(entity.pkField(), FilterOperator.EQ, List.of(row.get(entity.primaryKey().field()))));
        if (rowFilter.isEmpty() || store.count(entity, filters) == 0) {
            throw RecordLookup.notFound(entity, idOrSlug);
        }
    }

    private static Map<String, Object> rereadRow(RecordStore store, Entity entity, Object key) {
        return store.findOne(entity, entity.pkField(), key)
                .orElseThrow(() -> RecordLookup.notFound(entity, String.valueOf(key)));
    }

    private List<Map<String, Object>> toJson(RecordStore store, AppMetadata metadata, Entity entity,
                                             List<Map<String, Object>> rows, List<Include> includes) {
        List<Map<String, Object>> records = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            records.add(RecordJson.of(entity, row));
        }
        includeLoader.attach(store, metadata, entity, rows, records, includes);
        return records;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
