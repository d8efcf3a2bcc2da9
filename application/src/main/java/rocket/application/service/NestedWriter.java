package rocket.application.service;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import rocket.application.port.out.RecordStore;
import rocket.domain.error.ErrorDetail;
import rocket.domain.error.RocketException;
import rocket.domain.metadata.AppMetadata;
import rocket.domain.metadata.Entity;
import rocket.domain.metadata.Field;
import rocket.domain.metadata.FieldValues;
import rocket.domain.metadata.Relation;
import rocket.domain.metadata.WriteMode;
import rocket.domain.write.ChildRow;
import rocket.domain.write.RelationWrite;

/**
 * Executes nested relation writes inside the parent's transaction (behaviour.md §2.3), recursively for children
 * of children. A failing child is reported with the relation and index in {@code details}.
 */
final class NestedWriter {
    private final RecordStore store;
    private final AppMetadata metadata;
    private final OffsetDateTime now;

    NestedWriter(RecordStore store, AppMetadata metadata, OffsetDateTime now) {
        this.store = store;
        this.metadata = metadata;
        this.now = now;
    }

    void write(Object parentKey, List<RelationWrite> writes, String path) {
        for (RelationWrite write : writes) {
            String where = path.isEmpty() ? write.key() : path + "." + write.key();
            if (write.link().relation().manyToMany()) {
                links(parentKey, write, where);
            } else {
                children(parentKey, write, where);
            }
        }
    }

    private void children(Object parentKey, RelationWrite write, String where) {
        Relation relation = write.link().relation();
        Entity target = metadata.entity(relation.target());
        Field foreignKey = target.field(relation.targetKey()).orElseThrow();
        String pkName = target.primaryKey().field();
        Set<Object> current = new HashSet<>();
        for (Map<String, Object> row : store.findAll(target, foreignKey, List.of(parentKey))) {
            current.add(row.get(pkName));
        }
        Set<Object> mentioned = new HashSet<>();
        List<ChildRow> children = write.children();
        for (int i = 0; i < children.size(); i++) {
            ChildRow child = children.get(i);
            String at = where + "[" + i + "]";
            Object key = child.hasPrimaryKey() ? childKey(target, child.primaryKey(), at) : null;
            guarded(at, () -> {
                Object written = switch (write.mode()) {
                    // only a current child may be deleted through its parent (the reference deletes any row by key)
                    case DIFF -> child.delete() && key != null ? (current.contains(key) ? deleteChild(target, key) : null)
                            : key == null ? insertChild(target, foreignKey, parentKey, child)
                            : current.contains(key) ? updateChild(target, key, child) : null;
                    case REPLACE -> key == null ? insertChild(target, foreignKey, parentKey, child)
                            : current.contains(key) ? updateChild(target, key, child) : null;
                    case APPEND -> key == null ? insertChild(target, foreignKey, parentKey, child) : null;
                };
                if (written != null && !child.delete()) {
                    write(written, child.nested(), at);
                }
            });
            if (key != null) {
                mentioned.add(key);
            }
        }
        if (write.mode() == WriteMode.REPLACE) {
            for (Object stale : current) {
                if (!mentioned.contains(stale)) {
                    store.delete(target, stale);
                }
            }
        }
    }

    private Object insertChild(Entity target, Field foreignKey, Object parentKey, ChildRow child) {
        Map<String, Object> values = new LinkedHashMap<>(child.values());
        if (target.primaryKey().generated()) {
            values.remove(target.primaryKey().field());
        }
        values.put(foreignKey.name(), parentKey); // FK propagation overwrites a supplied value
        RowValues.forInsert(target, values, now);
        return store.insert(target, values);
    }

    private Object updateChild(Entity target, Object key, ChildRow child) {
        Map<String, Object> values = new LinkedHashMap<>(child.values());
        values.remove(target.primaryKey().field());
        RowValues.forUpdate(target, values, now);
        store.update(target, key, values);
        return key;
    }

    private Object deleteChild(Entity target, Object key) {
        store.delete(target, key);
        return key;
    }

    private void links(Object parentKey, RelationWrite write, String where) {
        Relation relation = write.link().relation();
        Entity target = metadata.entity(relation.target());
        Set<Object> linked = new HashSet<>();
        if (write.mode() == WriteMode.DIFF) {
            store.links(relation, relation.sourceJoinKey(), List.of(parentKey)).forEach(l -> linked.add(l.getValue()));
        }
        if (write.mode() == WriteMode.REPLACE) {
            store.unlink(relation, parentKey, null);
        }
        List<ChildRow> children = write.children();
        for (int i = 0; i < children.size(); i++) {
            ChildRow child = children.get(i);
            String at = where + "[" + i + "]";
            if (!child.hasPrimaryKey()) {
                continue; // children without a target id are skipped
            }
            Object targetId = childKey(target, child.primaryKey(), at);
            guarded(at, () -> {
                switch (write.mode()) {
                    case DIFF -> {
                        if (child.delete()) {
                            store.unlink(relation, parentKey, targetId);
                        } else if (linked.add(targetId)) {
                            store.link(relation, parentKey, targetId, false);
                        }
                    }
                    case REPLACE -> store.link(relation, parentKey, targetId, false);
                    case APPEND -> store.link(relation, parentKey, targetId, true);
                }
            });
        }
    }

    private static Object childKey(Entity target, Object raw, String at) {
        try {
            return FieldValues.toColumn(target.pkField(), raw instanceof java.util.UUID ? raw.toString() : raw);
        } catch (IllegalArgumentException e) {
            throw RocketException.validation(List.of(ErrorDetail.of(at, "type",
                    target.primaryKey().field() + " " + e.getMessage())));
        }
    }

    /** Runs one child's statements; a client-caused failure keeps its code and names the child. */
    private static void guarded(String at, Runnable work) {
        try {
            work.run();
        } catch (RocketException e) {
            List<ErrorDetail> details = new ArrayList<>();
            details.add(ErrorDetail.of(at, "nested", e.getMessage()));
            details.addAll(e.details());
            throw RocketException.of(e.code(), e.getMessage(), details);
        }
    }
}
