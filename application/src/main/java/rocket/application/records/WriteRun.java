package rocket.application.records;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import rocket.application.apps.AppContext;
import rocket.application.records.port.out.RecordStore;
import rocket.domain.auth.Principal;
import rocket.domain.metadata.AppMetadata;
import rocket.domain.metadata.Entity;
import rocket.domain.permission.Permissions;
import rocket.domain.query.Filter;

/**
 * One write request on its way through the pipeline: the app and the metadata snapshot it started with, who
 * writes, the one clock reading its records share, and whether a workflow writes. What its records claim (slugs
 * not yet persisted by a batch) is remembered here, so siblings never collide.
 */
public final class WriteRun {
    /** Workflow actions write as the engine itself: an admin-authored definition decided the change. */
    private static final Principal WORKFLOW = new Principal("workflow", List.of(Principal.ADMIN));
    private final AppContext context;
    private final AppMetadata metadata;
    private final Principal caller;
    private final OffsetDateTime now;
    private final boolean workflow;
    private final Map<String, Set<String>> claimedSlugs = new HashMap<>();
    private boolean outboxWritten;

    private WriteRun(AppContext context, Principal caller, OffsetDateTime now, boolean workflow) {
        this.context = context;
        this.metadata = context.metadata();
        this.caller = caller;
        this.now = now;
        this.workflow = workflow;
    }

    static WriteRun byCaller(AppContext context, Principal caller, OffsetDateTime now) {
        return new WriteRun(context, caller, now, false);
    }

    public static WriteRun byWorkflow(AppContext context, OffsetDateTime now) {
        return new WriteRun(context, WORKFLOW, now, true);
    }

    AppContext context() {
        return context;
    }

    AppMetadata metadata() {
        return metadata;
    }

    Principal caller() {
        return caller;
    }

    OffsetDateTime now() {
        return now;
    }

    boolean workflow() {
        return workflow;
    }

    RecordStore store() {
        return context.database().records();
    }

    /** The caller's read conditions on an entity; rows outside them do not exist for this write. */
    Optional<List<Filter>> readFilter(Entity entity) {
        return Permissions.readFilters(caller, entity, metadata.permissions());
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
