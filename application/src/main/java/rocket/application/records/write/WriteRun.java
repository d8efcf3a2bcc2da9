package rocket.application.records.write;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import rocket.application.apps.AppContext;
import rocket.application.expressions.ExpressionCache;
import rocket.application.records.port.out.RecordStore;
import rocket.domain.auth.Principal;
import rocket.domain.metadata.AppMetadata;
import rocket.domain.metadata.Entity;
import rocket.domain.permission.Caller;
import rocket.domain.permission.FieldPermissions;
import rocket.domain.permission.Permissions;
import rocket.domain.query.Filter;

/**
 * One write request on its way through the pipeline: the metadata snapshot and compiled expressions it started
 * with, the app's stores, who writes, the one clock reading its records share, and whether a workflow writes. What
 * its records claim (slugs not yet persisted by a batch) is remembered here, so siblings never collide. The app
 * context is handed only to the other features a write notifies (webhook firing, workflows).
 */
public final class WriteRun {
    /** Workflow actions write as the engine itself: an admin-authored definition decided the change. */
    static final Principal WORKFLOW = new Principal("workflow", List.of(Principal.ADMIN));
    private final AppContext context;
    private final AppMetadata metadata;
    private final ExpressionCache expressions;
    private final WriteStores stores;
    private final Caller caller;
    private final OffsetDateTime now;
    private final boolean workflow;
    private final Map<String, Set<String>> claimedSlugs = new HashMap<>();
    private boolean outboxWritten;

    WriteRun(AppContext context, AppMetadata metadata, ExpressionCache expressions, WriteStores stores,
             Caller caller, OffsetDateTime now, boolean workflow) {
        this.context = context;
        this.metadata = metadata;
        this.expressions = expressions;
        this.stores = stores;
        this.caller = caller;
        this.now = now;
        this.workflow = workflow;
    }

    AppContext context() {
        return context;
    }

    public AppMetadata metadata() {
        return metadata;
    }

    ExpressionCache expressions() {
        return expressions;
    }

    Principal caller() {
        return caller.principal();
    }

    /** The caller as their permissions see them (with the values of the variables their conditions name). */
    Caller access() {
        return caller;
    }

    OffsetDateTime now() {
        return now;
    }

    boolean workflow() {
        return workflow;
    }

    public RecordStore store() {
        return stores.records();
    }

    public WriteStores stores() {
        return stores;
    }

    /** The caller's read conditions on an entity; rows outside them do not exist for this write. */
    public Optional<List<Filter>> readFilter(Entity entity) {
        return Permissions.readFilters(caller, entity, metadata.permissions());
    }

    /** The fields of an entity the caller may read (empty: every field): a write answers with these only. */
    public Optional<Set<String>> readable(Entity entity) {
        return FieldPermissions.readable(caller, entity, metadata.permissions());
    }

    /** Slugs of the entity this run has handed out (the database may not hold them yet). */
    Set<String> claimedSlugs(Entity entity) {
        return claimedSlugs.computeIfAbsent(entity.name(), name -> new HashSet<>());
    }

    /** True only for the first outbox row of this run, so the dispatcher is woken once per commit. */
    boolean firstOutboxRow() {
        boolean first = !outboxWritten;
        outboxWritten = true;
        return first;
    }
}
