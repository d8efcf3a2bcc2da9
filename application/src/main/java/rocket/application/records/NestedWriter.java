package rocket.application.records;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import rocket.domain.error.ErrorDetail;
import rocket.domain.error.RocketException;
import rocket.domain.metadata.Entity;
import rocket.domain.metadata.Field;
import rocket.domain.metadata.FieldValues;
import rocket.domain.metadata.InvalidFieldValue;
import rocket.domain.metadata.Relation;
import rocket.domain.metadata.WriteMode;
import rocket.domain.query.Filter;
import rocket.domain.write.ChildRow;
import rocket.domain.write.RelationWrite;

/**
 * The nested writes of one record, inside its transaction and to any depth: decides per child what the write mode
 * asks for (docs/contract/behaviour.md §2.3) and sends every child through the record pipeline ({@link RecordWrites}) exactly
 * like a top-level write of its entity — permissions, rules, state machine, engine values, slugs, webhooks. Only
 * rows the caller may read are current children: others are neither updated nor deleted by a diff or a replace.
 * <p>
 * Siblings are persisted deletes first (a replaced child's unique value is free for its successor), then updates,
 * then inserts. {@link NestedWriteMode#BATCHED} does that in three round trips at most inside a savepoint; if the
 * database refuses the batch, the savepoint is rolled back and the same prepared writes are persisted one by one,
 * which names the failing child exactly.
 */
final class NestedWriter {
    private final RecordWrites writes;
    private final WriteRun run;
    private final NestedWriteMode mode;

    NestedWriter(RecordWrites writes, WriteRun run, NestedWriteMode mode) {
        this.writes = writes;
        this.run = run;
        this.mode = mode;
    }

    /** {@code parentIsNew}: the parent was inserted by this write, so it has no children or links to look up yet. */
    void write(Object parentKey, boolean parentIsNew, List<RelationWrite> relationWrites, String path) {
        for (RelationWrite write : relationWrites) {
            String where = path.isEmpty() ? write.key() : path + "." + write.key();
            if (write.link().relation().manyToMany()) {
                links(parentKey, parentIsNew, write, where);
            } else {
                children(parentKey, parentIsNew, write, where);
            }
        }
    }

    /** One child write: the pipeline's prepared write and the child's own nested writes. */
    private record Step(PreparedWrite write, List<RelationWrite> nested) {
    }

    private void children(Object parentKey, boolean parentIsNew, RelationWrite write, String where) {
        Relation relation = write.link().relation();
        Entity target = run.metadata().entity(relation.target());
        Field foreignKey = target.field(relation.targetKey()).orElseThrow();
        Map<Object, Map<String, Object>> current = parentIsNew ? Map.of() : currentChildren(target, foreignKey,
                parentKey);
        List<Step> steps = new ArrayList<>();
        Set<Object> mentioned = new HashSet<>();
        List<ChildRow> children = write.children();
        for (int i = 0; i < children.size(); i++) {
            ChildRow child = children.get(i);
            String at = where + "[" + i + "]";
            Object key = child.hasPrimaryKey() ? childKey(target, child.primaryKey(), at) : null;
            Map<String, Object> row = key == null ? null : current.get(key);
            if (key != null) {
                mentioned.add(key);
            }
            boolean inserts = key == null;
            // a child with a key is only ever one of this parent's current children (the reference deletes any row)
            boolean deletes = write.mode() == WriteMode.DIFF && child.delete() && key != null;
            if (deletes && row != null) {
                steps.add(new Step(writes.prepareDelete(run, target, row, at), List.of()));
            } else if (!deletes && inserts) {
                steps.add(new Step(writes.prepare(run, target, null, insertValues(target, foreignKey, parentKey, child),
                        at), child.nested()));
            } else if (!deletes && row != null && write.mode() != WriteMode.APPEND) {
                Map<String, Object> values = new LinkedHashMap<>(child.values());
                values.remove(target.primaryKey().field());
                steps.add(new Step(writes.prepare(run, target, row, values, at), child.nested()));
            }
        }
        if (write.mode() == WriteMode.REPLACE) {
            current.forEach((key, row) -> {
                if (!mentioned.contains(key)) {
                    steps.add(new Step(writes.prepareDelete(run, target, row, where), List.of()));
                }
            });
        }
        List<Step> ordered = inStatementOrder(steps);
        List<Object> keys = persist(target, ordered);
        for (int n = 0; n < ordered.size(); n++) {
            writes.complete(run, ordered.get(n).write(), keys.get(n), ordered.get(n).nested());
        }
    }

    /** The children of the parent the caller may read, by primary key. */
    private Map<Object, Map<String, Object>> currentChildren(Entity target, Field foreignKey, Object parentKey) {
        Map<Object, Map<String, Object>> current = new LinkedHashMap<>();
        Optional<List<Filter>> visible = run.readFilter(target);
        if (visible.isPresent()) {
            for (Map<String, Object> row : run.store().findAll(target, foreignKey, List.of(parentKey), visible.get())) {
                current.put(row.get(target.primaryKey().field()), row);
            }
        }
        return current;
    }

    private static Map<String, Object> insertValues(Entity target, Field foreignKey, Object parentKey, ChildRow child) {
        Map<String, Object> values = new LinkedHashMap<>(child.values());
        if (target.primaryKey().generated()) {
            values.remove(target.primaryKey().field());
        }
        values.put(foreignKey.name(), parentKey); // FK propagation overwrites a supplied value
        return values;
    }

    private static List<Step> inStatementOrder(List<Step> steps) {
        List<Step> ordered = new ArrayList<>();
        steps.stream().filter(s -> s.write().deletes()).forEach(ordered::add);
        steps.stream().filter(s -> s.write().action().equals(PreparedWrite.UPDATE)).forEach(ordered::add);
        steps.stream().filter(s -> s.write().action().equals(PreparedWrite.CREATE)).forEach(ordered::add);
        return ordered;
    }

    /** Persists the steps (in order) and returns their keys; batched when allowed and worth it. */
    private List<Object> persist(Entity target, List<Step> steps) {
        if (mode == NestedWriteMode.BATCHED && steps.size() > 1) {
            Optional<List<Object>> keys = batched(target, steps);
            if (keys.isPresent()) {
                return keys.get();
            }
        }
        return steps.stream().map(step -> writes.persist(run, step.write())).toList();
    }

    /** The steps as one delete, one update batch and one multi-row insert in a savepoint; empty when refused. */
    private Optional<List<Object>> batched(Entity target, List<Step> steps) {
        List<Object> keys = new ArrayList<>();
        List<Object> deletes = new ArrayList<>();
        Map<Object, Map<String, Object>> updates = new LinkedHashMap<>();
        List<Map<String, Object>> inserts = new ArrayList<>();
        for (Step step : steps) {
            PreparedWrite write = step.write();
            switch (write.action()) {
                case PreparedWrite.CREATE -> inserts.add(write.values());
                case PreparedWrite.UPDATE -> updates.put(write.key(), write.values());
                default -> deletes.add(write.key());
            }
            if (!write.action().equals(PreparedWrite.CREATE)) {
                keys.add(write.key());
            }
        }
        try {
            keys.addAll(run.context().database().transactions().inTransaction(() -> { // a savepoint
                steps.stream().filter(s -> s.write().deletes()).forEach(s -> writes.cascade(run, s.write()));
                run.store().deleteAll(target, deletes);
                run.store().updateAll(target, updates);
                return run.store().insertAll(target, inserts);
            }));
            return Optional.of(keys);
        } catch (RocketException refused) {
            return Optional.empty();
        }
    }

    /**
     * Many-to-many writes touch only the join table. They are part of the parent's write (its own create or
     * update permission covers them); a link also needs the target to be readable by the caller, and to exist.
     */
    private void links(Object parentKey, boolean parentIsNew, RelationWrite write, String where) {
        Relation relation = write.link().relation();
        Entity target = run.metadata().entity(relation.target());
        Map<Integer, Object> targetIds = new LinkedHashMap<>();
        Set<Object> linking = new LinkedHashSet<>();
        List<ChildRow> children = write.children();
        for (int i = 0; i < children.size(); i++) {
            ChildRow child = children.get(i);
            if (child.hasPrimaryKey()) { // children without a target id are skipped
                Object id = childKey(target, child.primaryKey(), where + "[" + i + "]");
                targetIds.put(i, id);
                if (!unlinks(write, child)) {
                    linking.add(id);
                }
            }
        }
        Set<Object> linkable = linking.isEmpty() ? Set.of() : writes.linkable(run, target, linking, where);
        Set<Object> linked = new HashSet<>();
        if (write.mode() == WriteMode.DIFF && !parentIsNew) {
            run.store().links(relation, relation.sourceJoinKey(), List.of(parentKey))
                    .forEach(l -> linked.add(l.getValue()));
        }
        if (write.mode() == WriteMode.REPLACE && !parentIsNew) {
            run.store().unlink(relation, parentKey, null);
        }
        targetIds.forEach((i, targetId) -> ErrorPaths.at(where + "[" + i + "]", () -> {
            ChildRow child = children.get(i);
            if (!unlinks(write, child) && !linkable.contains(targetId)) {
                throw RecordLookup.notFound(target, String.valueOf(targetId));
            }
            switch (write.mode()) {
                case DIFF -> {
                    if (child.delete()) {
                        run.store().unlink(relation, parentKey, targetId);
                    } else if (linked.add(targetId)) {
                        run.store().link(relation, parentKey, targetId, false);
                    }
                }
                case REPLACE -> run.store().link(relation, parentKey, targetId, false);
                case APPEND -> run.store().link(relation, parentKey, targetId, true);
            }
        }));
    }

    private static boolean unlinks(RelationWrite write, ChildRow child) {
        return write.mode() == WriteMode.DIFF && child.delete();
    }

    private static Object childKey(Entity target, Object raw, String at) {
        try {
            return FieldValues.toColumn(target.pkField(), raw instanceof java.util.UUID ? raw.toString() : raw);
        } catch (InvalidFieldValue e) {
            throw RocketException.validation(List.of(ErrorDetail.of(at, "type",
                    target.primaryKey().field() + " " + e.getMessage())));
        }
    }
}
