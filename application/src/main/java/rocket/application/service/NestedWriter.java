package rocket.application.service;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import rocket.application.port.out.RecordStore;
import rocket.application.port.out.TransactionRunner;
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
 * <p>
 * {@link NestedWriteMode#BATCHED} writes the children of one relation in three round trips at most (one multi-row insert, one
 * batch of updates, one delete), inside a savepoint; if the batch is refused, the savepoint is rolled back and the
 * children are written one by one, which names the failing child exactly.
 */
final class NestedWriter {
    private final RecordStore store;
    private final TransactionRunner transactions;
    private final AppMetadata metadata;
    private final OffsetDateTime now;
    private final NestedWriteMode mode;

    NestedWriter(RecordStore store, TransactionRunner transactions, AppMetadata metadata, OffsetDateTime now,
                 NestedWriteMode mode) {
        this.store = store;
        this.transactions = transactions;
        this.metadata = metadata;
        this.now = now;
        this.mode = mode;
    }

    /** {@code parentIsNew}: the parent was inserted by this write, so it has no children or links to look up yet. */
    void write(Object parentKey, boolean parentIsNew, List<RelationWrite> writes, String path) {
        for (RelationWrite write : writes) {
            String where = path.isEmpty() ? write.key() : path + "." + write.key();
            if (write.link().relation().manyToMany()) {
                links(parentKey, parentIsNew, write, where);
            } else {
                children(parentKey, parentIsNew, write, where);
            }
        }
    }

    private void children(Object parentKey, boolean parentIsNew, RelationWrite write, String where) {
        Relation relation = write.link().relation();
        Entity target = metadata.entity(relation.target());
        Field foreignKey = target.field(relation.targetKey()).orElseThrow();
        String pkName = target.primaryKey().field();
        Set<Object> current = new HashSet<>();
        if (!parentIsNew) {
            for (Map<String, Object> row : store.findAll(target, foreignKey, List.of(parentKey))) {
                current.add(row.get(pkName));
            }
        }
        if (mode == NestedWriteMode.BATCHED && write.children().size() > 1 && batched(parentKey, write, where, current)) {
            return;
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
                    write(written, key == null, child.nested(), at);
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

    /**
     * The same decisions as the per-child path, executed as batches in a savepoint. Returns false (savepoint rolled
     * back, nothing written) when the database refused the batch, so the caller writes child by child.
     */
    private boolean batched(Object parentKey, RelationWrite write, String where, Set<Object> current) {
        Relation relation = write.link().relation();
        Entity target = metadata.entity(relation.target());
        Field foreignKey = target.field(relation.targetKey()).orElseThrow();
        List<ChildRow> children = write.children();
        List<Integer> inserted = new ArrayList<>();
        List<Map<String, Object>> inserts = new ArrayList<>();
        Map<Object, Map<String, Object>> updates = new LinkedHashMap<>();
        Map<Integer, Object> updated = new LinkedHashMap<>();
        Set<Object> deletes = new LinkedHashSet<>();
        Set<Object> mentioned = new HashSet<>();
        for (int i = 0; i < children.size(); i++) {
            ChildRow child = children.get(i);
            Object key = child.hasPrimaryKey() ? childKey(target, child.primaryKey(), where + "[" + i + "]") : null;
            if (key != null) {
                mentioned.add(key);
            }
            if (write.mode() == WriteMode.DIFF && child.delete() && key != null) {
                if (current.contains(key)) {
                    deletes.add(key);
                }
            } else if (key == null) {
                inserted.add(i);
                inserts.add(insertValues(target, foreignKey, parentKey, child));
            } else if (write.mode() != WriteMode.APPEND && current.contains(key)) {
                updated.put(i, key);
                updates.put(key, updateValues(target, child));
            }
        }
        if (write.mode() == WriteMode.REPLACE) {
            current.stream().filter(stale -> !mentioned.contains(stale)).forEach(deletes::add);
        }
        List<Object> keys;
        try {
            keys = transactions.inTransaction(() -> {
                store.deleteAll(target, deletes);
                store.updateAll(target, updates);
                return store.insertAll(target, inserts);
            });
        } catch (RocketException refused) {
            return false;
        }
        Map<Integer, Object> written = new java.util.TreeMap<>(updated);
        for (int n = 0; n < inserted.size(); n++) {
            written.put(inserted.get(n), keys.get(n));
        }
        written.forEach((i, key) -> {
            String at = where + "[" + i + "]";
            guarded(at, () -> write(key, !updated.containsKey(i), children.get(i).nested(), at));
        });
        return true;
    }

    private Object insertChild(Entity target, Field foreignKey, Object parentKey, ChildRow child) {
        return store.insert(target, insertValues(target, foreignKey, parentKey, child));
    }

    private Map<String, Object> insertValues(Entity target, Field foreignKey, Object parentKey, ChildRow child) {
        Map<String, Object> values = new LinkedHashMap<>(child.values());
        if (target.primaryKey().generated()) {
            values.remove(target.primaryKey().field());
        }
        values.put(foreignKey.name(), parentKey); // FK propagation overwrites a supplied value
        RowValues.forInsert(target, values, now);
        return values;
    }

    private Object updateChild(Entity target, Object key, ChildRow child) {
        store.update(target, key, updateValues(target, child));
        return key;
    }

    private Map<String, Object> updateValues(Entity target, ChildRow child) {
        Map<String, Object> values = new LinkedHashMap<>(child.values());
        values.remove(target.primaryKey().field());
        RowValues.forUpdate(target, values, now);
        return values;
    }

    private Object deleteChild(Entity target, Object key) {
        store.delete(target, key);
        return key;
    }

    private void links(Object parentKey, boolean parentIsNew, RelationWrite write, String where) {
        Relation relation = write.link().relation();
        Entity target = metadata.entity(relation.target());
        Set<Object> linked = new HashSet<>();
        if (write.mode() == WriteMode.DIFF && !parentIsNew) {
            store.links(relation, relation.sourceJoinKey(), List.of(parentKey)).forEach(l -> linked.add(l.getValue()));
        }
        if (write.mode() == WriteMode.REPLACE && !parentIsNew) {
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
