package rocket.application.records;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import rocket.application.apps.AppContext;
import rocket.application.apps.AppRegistry;
import rocket.application.events.Tracer;
import rocket.application.records.port.in.Conditional;
import rocket.application.records.port.in.CountMode;
import rocket.application.records.port.in.RecordPage;
import rocket.application.records.port.in.RecordsUseCase;
import rocket.application.records.port.out.RecordStore;
import rocket.domain.app.AppName;
import rocket.domain.auth.Principal;
import rocket.domain.metadata.AppMetadata;
import rocket.domain.metadata.Entity;
import rocket.domain.metadata.EntityName;
import rocket.domain.permission.Permissions;
import rocket.domain.permission.ReadScope;
import rocket.domain.query.Filter;
import rocket.domain.query.Include;
import rocket.domain.query.ListQuery;
import rocket.domain.query.ListQueryParams;
import rocket.domain.query.ListQueryParser;
import rocket.domain.query.QueryLimits;
import rocket.domain.write.RecordKey;
import rocket.domain.write.WritePayloads;
import rocket.domain.write.WritePlan;

/**
 * The dynamic entity API over one metadata snapshot per request. Reads: parse → read scope (permissions and row
 * filters of every entity the answer returns) → versioned, cached query. Writes: parse → one transaction through
 * the record pipeline ({@link RecordWrites}) → re-read → after-commit work.
 */
public final class RecordService implements RecordsUseCase {
    private final AppRegistry apps;
    private final RecordWrites writes;
    private final Tracer tracer;
    private final VersionedReads reads;
    private final IncludeLoader includeLoader;
    private final QueryLimits limits;
    private final Clock clock;

    public RecordService(AppRegistry apps, RecordWrites writes, Tracer tracer, VersionedReads reads,
                         IncludeLoader includeLoader, QueryLimits limits, Clock clock) {
        this.apps = apps;
        this.writes = writes;
        this.tracer = tracer;
        this.reads = reads;
        this.includeLoader = includeLoader;
        this.limits = limits;
        this.clock = clock;
    }

    private Conditional<RecordPage> listRecords(String app, String entityName, Principal caller,
                                                Map<String, List<String>> query, CountMode count, Set<String> heldVersions) {
        AppContext context = apps.resolve(app);
        AppMetadata metadata = context.metadata();
        Entity entity = metadata.entity(entityName);
        Permissions.check(caller, entity.name(), "read", metadata.permissions(), null); // before the query is parsed
        ListQuery plan = ListQueryParser.parse(entity, metadata, query, limits);
        ReadScope scope = readScope(caller, metadata, entity, plan.includes());
        Optional<List<Filter>> rowFilter = scope.filters(entity.name());
        ReadKey request = ReadKeys.list(entity, plan, count, scope);
        return reads.read(context, entitiesRead(metadata, entity, plan.includes()), request, heldVersions, () -> {
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
            return new RecordPage(toJson(store, metadata, entity, rows, plan.includes(), scope), plan.page(),
                    plan.perPage(), total, count);
        });
    }

    private Conditional<Map<String, Object>> getRecord(String app, String entityName, Principal caller, String idOrSlug,
                                                       String include, Set<String> heldVersions) {
        AppContext context = apps.resolve(app);
        AppMetadata metadata = context.metadata();
        Entity entity = metadata.entity(entityName);
        Permissions.check(caller, entity.name(), "read", metadata.permissions(), null); // before the query is parsed
        List<Include> includes = ListQueryParser.knownIncludes(entity, metadata, include); // unknown ones ignored here
        ReadScope scope = readScope(caller, metadata, entity, includes);
        ReadKey request = ReadKeys.get(entity, idOrSlug, includes, scope);
        return reads.read(context, entitiesRead(metadata, entity, includes), request, heldVersions, () -> {
            RecordStore store = context.database().records();
            // read conditions guard get-by-id too: a row outside them does not exist for this caller
            Map<String, Object> row = RecordLookup.require(store, entity, idOrSlug, scope.filters(entity.name()));
            return toJson(store, metadata, entity, List.of(row), includes, scope).get(0);
        });
    }

    /** Checked before any cache or ETag is consulted, so a 304 can never answer a caller the read would refuse. */
    private ReadScope readScope(Principal caller, AppMetadata metadata, Entity entity, List<Include> includes) {
        return tracer.span("engine", "permission", "permission.check", entity.name(),
                () -> ReadScope.of(caller, metadata, entity, includes));
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
        // the contract checks the permission before the body (a forbidden caller learns nothing from validation);
        // the pipeline checks it again as its first stage
        Permissions.check(caller, entity.name(), "create", metadata.permissions(), null);
        WritePlan plan = WritePayloads.parse(entity, metadata, body, true);
        WriteRun run = WriteRun.byCaller(context, caller, now());
        return AfterCommit.transaction(context.database().transactions(), () -> RecordJson.of(entity,
                RecordWrites.row(run, entity, writes.create(run, entity, plan.values(), plan.relations(), ""))));
    }

    private Map<String, Object> updateRecord(String app, String entityName, Principal caller, String idOrSlug,
                                             Map<String, Object> body) {
        AppContext context = apps.resolve(app);
        WriteRun run = WriteRun.byCaller(context, caller, now());
        Entity entity = run.metadata().entity(entityName);
        Map<String, Object> current = RecordLookup.require(run.store(), entity, idOrSlug, run.readFilter(entity));
        Permissions.check(caller, entity.name(), "update", run.metadata().permissions(), current);
        WritePlan plan = WritePayloads.parse(entity, run.metadata(), body, false);
        return AfterCommit.transaction(context.database().transactions(), () -> {
            writes.update(run, entity, current, plan.values(), plan.relations(), "");
            return RecordJson.of(entity, RecordWrites.row(run, entity, current.get(entity.primaryKey().field())));
        });
    }

    private void deleteRecord(String app, String entityName, Principal caller, String idOrSlug) {
        AppContext context = apps.resolve(app);
        WriteRun run = WriteRun.byCaller(context, caller, now());
        Entity entity = run.metadata().entity(entityName);
        Map<String, Object> current = RecordLookup.require(run.store(), entity, idOrSlug, run.readFilter(entity));
        AfterCommit.transaction(context.database().transactions(), () -> {
            writes.delete(run, entity, current, "");
            return null;
        });
    }

    @Override
    public Conditional<RecordPage> list(AppName app, EntityName entity, Principal caller, ListQueryParams query,
                                        CountMode count, Set<String> heldVersions) {
        return tracer.span("engine", "handler", "record.list", entity.value(),
                () -> listRecords(app.value(), entity.value(), caller, query.values(), count, heldVersions));
    }

    @Override
    public Conditional<Map<String, Object>> get(AppName app, EntityName entity, Principal caller, RecordKey idOrSlug,
                                                String include, Set<String> heldVersions) {
        return tracer.span("engine", "handler", "record.get", entity.value(),
                () -> getRecord(app.value(), entity.value(), caller, idOrSlug.value(), include, heldVersions));
    }

    @Override
    public Map<String, Object> create(AppName app, EntityName entity, Principal caller, Map<String, Object> body) {
        return tracer.span("engine", "handler", "record.create", entity.value(),
                () -> createRecord(app.value(), entity.value(), caller, body));
    }

    @Override
    public Map<String, Object> update(AppName app, EntityName entity, Principal caller, RecordKey idOrSlug,
                                      Map<String, Object> body) {
        return tracer.span("engine", "handler", "record.update", entity.value(),
                () -> updateRecord(app.value(), entity.value(), caller, idOrSlug.value(), body));
    }

    @Override
    public void delete(AppName app, EntityName entity, Principal caller, RecordKey idOrSlug) {
        tracer.run("engine", "handler", "record.delete", entity.value(),
                () -> deleteRecord(app.value(), entity.value(), caller, idOrSlug.value()));
    }

    private List<Map<String, Object>> toJson(RecordStore store, AppMetadata metadata, Entity entity,
                                             List<Map<String, Object>> rows, List<Include> includes, ReadScope scope) {
        List<Map<String, Object>> records = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            records.add(RecordJson.of(entity, row));
        }
        includeLoader.attach(store, metadata, entity, rows, records, includes, scope);
        return records;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
