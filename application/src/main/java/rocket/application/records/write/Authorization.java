package rocket.application.records.write;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import rocket.application.events.Tracer;
import rocket.domain.metadata.Entity;
import rocket.domain.permission.FieldPermissions;
import rocket.domain.permission.Permissions;
import rocket.domain.query.Filter;

/** The first stage of every write: the caller's permission for the action (and, for links, to read the target). */
final class Authorization {
    private final Tracer tracer;

    Authorization(Tracer tracer) {
        this.tracer = tracer;
    }

    void check(WriteRun run, Entity entity, String action, Map<String, Object> current) {
        tracer.run("auth", "permissions", "permission.check", entity.name(), () -> Permissions.check(run.access(),
                entity.name(), action, run.metadata().permissions(), current));
    }

    /**
     * A create or update: the action's permission (a create against the values it writes, whose conditions naming
     * the caller must hold on them; an update against the current row), then every field it writes must be
     * writable by the caller (403 naming the others).
     */
    void checkWrite(WriteRun run, WriteKind kind, Entity entity, Map<String, Object> current,
                    Map<String, Object> values, Collection<String> written) {
        tracer.run("auth", "permissions", "permission.check", entity.name(), () -> {
            if (kind == WriteKind.CREATE) {
                Permissions.checkCreate(run.access(), entity.name(), run.metadata().permissions(), values);
            } else {
                Permissions.check(run.access(), entity.name(), kind.action(), run.metadata().permissions(), current);
            }
            FieldPermissions.requireWritable(run.access(), entity, kind.action(), run.metadata().permissions(),
                    written);
        });
    }

    /**
     * The target keys among {@code ids} the caller may link to: they need the read permission of the target entity
     * (else 403), and only rows that exist and lie inside their read conditions count.
     */
    Set<Object> linkable(WriteRun run, Entity target, Collection<Object> ids, String path) {
        return ErrorPaths.at(path, () -> {
            check(run, target, "read", null);
            Set<Object> found = new HashSet<>();
            Optional<List<Filter>> visible = run.readFilter(target);
            if (visible.isPresent()) {
                run.store().findAll(target, target.pkField(), ids, visible.get())
                        .forEach(row -> found.add(row.get(target.primaryKey().field())));
            }
            return found;
        });
    }
}
