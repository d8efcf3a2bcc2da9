package rocket.application.records;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import rocket.application.apps.AppContext;
import rocket.application.apps.port.out.AppStores;
import rocket.application.auth.port.out.UserAccountStore;
import rocket.application.events.Tracer;
import rocket.application.records.port.in.Conditional;
import rocket.application.records.port.in.CountMode;
import rocket.application.records.port.in.Precondition;
import rocket.application.records.port.in.RecordPage;
import rocket.application.records.port.in.RecordsUseCase;
import rocket.application.records.port.in.StoredRecord;
import rocket.application.records.read.RecordJson;
import rocket.application.records.read.RecordLookup;
import rocket.application.records.read.RecordReads;
import rocket.application.records.read.RecordVersion;
import rocket.application.records.write.AfterCommit;
import rocket.application.records.write.StoredRow;
import rocket.application.records.write.VersionCheck;
import rocket.application.records.write.WriteKind;
import rocket.application.records.write.WritePipeline;
import rocket.application.records.write.WriteRun;
import rocket.domain.app.AppName;
import rocket.domain.auth.Principal;
import rocket.domain.metadata.Entity;
import rocket.domain.metadata.EntityName;
import rocket.domain.permission.Caller;
import rocket.domain.permission.Permissions;
import rocket.domain.query.ListQueryParams;
import rocket.domain.write.RecordKey;
import rocket.domain.write.WritePayloads;
import rocket.domain.write.WritePlan;

/**
 * The dynamic entity API over one metadata snapshot per request. Reads go through the read stages
 * ({@link RecordReads}); a write is looked up (update, delete), parsed, and sent through the write pipeline
 * ({@link WritePipeline}) in one transaction and answered as stored, with its strong version; after-commit work
 * runs once it has committed. An update's or delete's precondition is checked first thing in the transaction
 * ({@link VersionCheck}).
 */
public final class RecordService implements RecordsUseCase {
    private final AppStores<AppContext> contexts;
    private final AppStores<UserAccountStore> users;
    private final RecordReads reads;
    private final WritePipeline writes;
    private final Tracer tracer;
    private final Clock clock;

    public RecordService(AppStores<AppContext> contexts, AppStores<UserAccountStore> users, RecordReads reads,
                         WritePipeline writes, Tracer tracer, Clock clock) {
        this.contexts = contexts;
        this.users = users;
        this.reads = reads;
        this.writes = writes;
        this.tracer = tracer;
        this.clock = clock;
    }

    @Override
    public Conditional<RecordPage> list(AppName app, EntityName entity, Principal caller, ListQueryParams query,
                                        CountMode count, Set<String> heldVersions) {
        return tracer.span("engine", "handler", "record.list", entity.value(), () -> reads.list(
                contexts.of(app.value()), entity.value(), access(app, caller), query.values(), count, heldVersions));
    }

    @Override
    public Conditional<Map<String, Object>> get(AppName app, EntityName entity, Principal caller, RecordKey idOrSlug,
                                                String include, Set<String> heldVersions) {
        return tracer.span("engine", "handler", "record.get", entity.value(), () -> reads.get(
                contexts.of(app.value()), entity.value(), access(app, caller), idOrSlug.value(), include,
                heldVersions));
    }

    @Override
    public StoredRecord create(AppName app, EntityName entity, Principal caller, Map<String, Object> body) {
        return tracer.span("engine", "handler", "record.create", entity.value(),
                () -> write(WriteKind.CREATE, app, entity, caller, null, body, Precondition.NONE));
    }

    @Override
    public StoredRecord update(AppName app, EntityName entity, Principal caller, RecordKey idOrSlug,
                               Map<String, Object> body, Precondition precondition) {
        return tracer.span("engine", "handler", "record.update", entity.value(),
                () -> write(WriteKind.UPDATE, app, entity, caller, idOrSlug, body, precondition));
    }

    @Override
    public void delete(AppName app, EntityName entity, Principal caller, RecordKey idOrSlug,
                       Precondition precondition) {
        tracer.run("engine", "handler", "record.delete", entity.value(),
                () -> write(WriteKind.DELETE, app, entity, caller, idOrSlug, Map.of(), precondition));
    }

    /** One record write of any kind; the record as stored afterwards (null for a delete). */
    private StoredRecord write(WriteKind kind, AppName app, EntityName entityName, Principal caller,
                               RecordKey idOrSlug, Map<String, Object> body, Precondition precondition) {
        Caller access = access(app, caller); // one per request: its user record is looked up at most once
        WriteRun run = writes.run(contexts.of(app.value()), access, now());
        Entity entity = run.metadata().entity(entityName.value());
        Map<String, Object> found = kind == WriteKind.CREATE ? null
                : RecordLookup.require(run.store(), entity, idOrSlug.value(), run.readFilter(entity));
        WritePlan plan;
        if (kind == WriteKind.DELETE) {
            plan = new WritePlan(Map.of(), List.of());
        } else {
            // the contract checks the permission before the body (a forbidden caller learns nothing from
            // validation); the pipeline checks it again as its first stage
            Permissions.check(access, entity.name(), kind.action(), run.metadata().permissions(), found);
            plan = WritePayloads.parse(entity, run.metadata(), body, kind == WriteKind.CREATE);
        }
        return AfterCommit.transaction(run.stores().transactions(), () -> {
            Map<String, Object> current = kind == WriteKind.CREATE ? null
                    : VersionCheck.lockedCurrent(run, entity, found, precondition);
            StoredRow stored = writes.write(run, kind, entity, current, plan.values(), plan.relations(), "");
            if (kind == WriteKind.DELETE) {
                return null;
            }
            Map<String, Object> record = RecordJson.of(entity, stored.row(), run.readable(entity));
            return new StoredRecord(record, RecordVersion.of(record));
        });
    }

    /** The caller with their user record, looked up once and only when a condition names one of its fields. */
    private Caller access(AppName app, Principal caller) {
        return Caller.byId(caller, id -> users.of(app.value()).findById(id));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
