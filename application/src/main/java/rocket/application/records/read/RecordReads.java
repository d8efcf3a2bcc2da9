package rocket.application.records.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import rocket.application.apps.AppContext;
import rocket.application.apps.port.out.AppStores;
import rocket.application.events.Tracer;
import rocket.application.records.port.in.Conditional;
import rocket.application.records.port.in.CountMode;
import rocket.application.records.port.in.RecordPage;
import rocket.application.records.port.out.CountedRows;
import rocket.application.records.port.out.RecordStore;
import rocket.domain.metadata.AppMetadata;
import rocket.domain.metadata.Entity;
import rocket.domain.permission.Caller;
import rocket.domain.permission.FieldPermissions;
import rocket.domain.permission.Permissions;
import rocket.domain.permission.ReadScope;
import rocket.domain.query.Filter;
import rocket.domain.query.Include;
import rocket.domain.query.Keyset;
import rocket.domain.query.ListQuery;
import rocket.domain.query.ListQueryParser;
import rocket.domain.query.QueryLimits;

/**
 * The read path of records, in stages: parse (the query into a plan, after the read permission; a cursor is opened
 * here, so a bad one is refused before any cache is consulted) → plan (the caller's read scope and the read key,
 * derived from the parsed plan) → fetch (rows, total) → include → encode. The versioned read around fetch answers
 * from the ETag or the result cache when the key matches.
 */
public final class RecordReads {
    private final AppStores<RecordStore> stores;
    private final Tracer tracer;
    private final VersionedReads reads;
    private final IncludeLoader includes;
    private final QueryLimits limits;
    private final ListCursors cursors;

    /** A cursor walk: what its cursors are valid for, and where this page starts. */
    private record Walk(String validFor, Keyset position) {
    }

    public RecordReads(AppStores<RecordStore> stores, Tracer tracer, VersionedReads reads, IncludeLoader includes,
                       QueryLimits limits, ListCursors cursors) {
        this.stores = stores;
        this.tracer = tracer;
        this.reads = reads;
        this.includes = includes;
        this.limits = limits;
        this.cursors = cursors;
    }

    public Conditional<RecordPage> list(AppContext context, String entityName, Caller caller,
                                        Map<String, List<String>> query, CountMode count, Set<String> heldVersions) {
        AppMetadata metadata = context.metadata();
        Entity entity = metadata.entity(entityName);
        Permissions.check(caller, entity.name(), "read", metadata.permissions(), null); // before the query is parsed
        ListQuery plan = ListQueryParser.parse(entity, metadata, query, limits);
        Optional<Walk> walk = plan.byCursor() ? Optional.of(walk(context, entity, plan)) : Optional.empty();
        ReadScope scope = scope(caller, metadata, entity, plan.includes());
        // a filter or a sort on a field the caller may not read would tell its values apart
        FieldPermissions.requireReadable(scope.readable(entity.name()), entity,
                plan.filters().stream().map(filter -> filter.field().name()).toList(), "filter");
        FieldPermissions.requireReadable(scope.readable(entity.name()), entity,
                plan.sorts().stream().map(sort -> sort.field().name()).toList(), "sort");
        ReadKey key = ReadKeys.list(entity, plan, count, scope);
        return reads.read(context, entitiesRead(metadata, entity, plan.includes()), key, heldVersions,
                () -> fetchPage(stores.of(context.name()), metadata, entity, plan, walk, count, scope));
    }

    private Walk walk(AppContext context, Entity entity, ListQuery plan) {
        String validFor = ReadKeys.walk(context.name(), entity, plan).digest();
        return new Walk(validFor, cursors.position(plan.cursor(), validFor, Keyset.first(entity, plan.sorts())));
    }

    public Conditional<Map<String, Object>> get(AppContext context, String entityName, Caller caller,
                                                String idOrSlug, String include, Set<String> heldVersions) {
        AppMetadata metadata = context.metadata();
        Entity entity = metadata.entity(entityName);
        Permissions.check(caller, entity.name(), "read", metadata.permissions(), null); // before the query is parsed
        List<Include> asked = ListQueryParser.knownIncludes(entity, metadata, include); // unknown ones ignored here
        ReadScope scope = scope(caller, metadata, entity, asked);
        ReadKey key = ReadKeys.get(entity, idOrSlug, asked, scope);
        List<Entity> read = entitiesRead(metadata, entity, asked);
        Supplier<Map<String, Object>> query = () -> {
            RecordStore store = stores.of(context.name());
            // read conditions guard get-by-id too: a row outside them does not exist for this caller
            Map<String, Object> row = RecordLookup.require(store, entity, idOrSlug, scope.filters(entity.name()));
            return encode(store, metadata, entity, List.of(row), asked, scope).get(0);
        };
        // the record alone has a version of its own; with includes the answer depends on other records too
        return asked.isEmpty() ? reads.exact(context, read, key, heldVersions, query, RecordVersion::of)
                : reads.read(context, read, key, heldVersions, query);
    }

    /** Checked before any cache or ETag is consulted, so a 304 can never answer a caller the read would refuse. */
    private ReadScope scope(Caller caller, AppMetadata metadata, Entity entity, List<Include> includes) {
        return tracer.span("auth", "permissions", "permission.check", entity.name(),
                () -> ReadScope.of(caller, metadata, entity, includes));
    }

    /** The entity itself and every entity its includes read (join rows count as writes to both ends). */
    private static List<Entity> entitiesRead(AppMetadata metadata, Entity entity, List<Include> includes) {
        List<Entity> entities = new ArrayList<>(includes.size() + 1);
        entities.add(entity);
        includes.forEach(include -> entities.add(metadata.entity(include.link().other())));
        return entities;
    }

    private RecordPage fetchPage(RecordStore store, AppMetadata metadata, Entity entity, ListQuery plan,
                                 Optional<Walk> walk, CountMode count, ReadScope scope) {
        Optional<List<Filter>> rowFilter = scope.filters(entity.name());
        if (rowFilter.isEmpty()) { // a policy condition no row can meet
            return page(plan, List.of(), count == CountMode.NONE ? null : 0L, count, null);
        }
        List<Filter> filters = new ArrayList<>(plan.filters());
        filters.addAll(rowFilter.get());
        List<Map<String, Object>> rows;
        String next = null;
        Long total = null;
        if (walk.isEmpty() && count == CountMode.EXACT) {
            CountedRows counted = store.listCounted(entity, filters, plan.sorts(), plan.perPage(), plan.offset());
            rows = counted.rows();
            total = counted.total();
        } else if (walk.isEmpty()) {
            rows = store.list(entity, filters, plan.sorts(), plan.perPage(), plan.offset());
        } else {
            Keyset position = walk.get().position();
            rows = store.listAfter(entity, filters, position, plan.perPage() + 1); // one more: is there a next page?
            if (rows.size() > plan.perPage()) {
                rows = rows.subList(0, plan.perPage());
                next = cursors.cursor(walk.get().validFor(), position.after(rows.getLast()));
            }
        }
        if (total == null) {
            total = switch (count) {
                case EXACT -> store.count(entity, filters);
                case PLANNED -> store.estimateCount(entity, filters);
                case NONE -> null;
            };
        }
        return page(plan, encode(store, metadata, entity, rows, plan.includes(), scope), total, count, next);
    }

    private static RecordPage page(ListQuery plan, List<Map<String, Object>> data, Long total, CountMode count,
                                   String next) {
        return plan.byCursor() ? RecordPage.byCursor(data, plan.perPage(), total, count, next)
                : new RecordPage(data, plan.page(), plan.perPage(), total, count);
    }

    /** The rows as the contract's JSON, each with its includes. */
    private List<Map<String, Object>> encode(RecordStore store, AppMetadata metadata, Entity entity,
                                             List<Map<String, Object>> rows, List<Include> asked, ReadScope scope) {
        List<Map<String, Object>> records = new ArrayList<>(rows.size());
        for (Map<String, Object> row : rows) {
            records.add(RecordJson.of(entity, row, scope.readable(entity.name())));
        }
        includes.attach(store, metadata, entity, rows, records, asked, scope);
        return records;
    }
}
