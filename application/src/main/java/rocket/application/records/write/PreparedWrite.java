package rocket.application.records.write;

import java.util.List;
import java.util.Map;
import rocket.domain.metadata.Entity;

/**
 * A record write that passed every stage before its statement: the kind, the current row (update, delete), the
 * values to persist (engine values included), the webhook actions of the transitions it takes, and its path in
 * the request ("" at the top, {@code comments[0]} for a child).
 */
record PreparedWrite(Entity entity, WriteKind kind, Map<String, Object> current, Map<String, Object> values,
                     List<Map<String, Object>> transitionHooks, String path) {

    /** The primary key of the current row (null for a create, whose key the insert returns). */
    Object key() {
        return current == null ? null : current.get(entity.primaryKey().field());
    }

    boolean deletes() {
        return kind == WriteKind.DELETE;
    }
}
