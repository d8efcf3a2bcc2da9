package rocket.application.records.write;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import rocket.application.records.read.RecordLookup;
import rocket.domain.error.RocketException;
import rocket.domain.metadata.Entity;
import rocket.domain.metadata.Field;
import rocket.domain.metadata.Relation;
import rocket.domain.query.Filter;
import rocket.domain.write.NestedOperation.ChildOperation;
import rocket.domain.write.NestedOperation.Delete;
import rocket.domain.write.NestedOperation.Insert;
import rocket.domain.write.NestedOperation.Link;
import rocket.domain.write.NestedOperation.LinkOperation;
import rocket.domain.write.NestedOperation.Unlink;
import rocket.domain.write.NestedOperation.Update;
import rocket.domain.write.NestedWritePlanner;
import rocket.domain.write.RelationWrite;

/**
 * The nested stage: runs the plan {@link NestedWritePlanner} makes for each relation of a record, inside its
 * transaction and to any depth. Every child goes through the pipeline ({@link WritePipeline}) exactly like a
 * top-level write of its entity. Only rows the caller may read are current children: others are neither updated
 * nor deleted by a diff or a replace.
 * <p>
 * Siblings are prepared in payload order, then persisted deletes first (a replaced child's unique value is free for
 * its successor), then updates, then inserts. {@link NestedWriteMode#BATCHED} does that in three round trips at
 * most inside a savepoint; if the database refuses the batch, the savepoint is rolled back and the same prepared
 * writes are persisted one by one, which names the failing child exactly.
 */
final class NestedWrites {
    private final WritePipeline pipeline;
    private final Authorization authorization;
    private final NestedWriteMode mode;

    NestedWrites(WritePipeline pipeline, Authorization authorization, NestedWriteMode mode) {
        this.pipeline = pipeline;
        this.authorization = authorization;
        this.mode = mode;
    }

    /** {@code parentIsNew}: the parent was inserted by this write, so it has no children or links to look up yet. */
    void write(WriteRun run, Object parentKey, boolean parentIsNew, List<RelationWrite> relationWrites, String path) {
        for (RelationWrite write : relationWrites) {
            String where = path.isEmpty() ? write.key() : path + "." + write.key();
            if (write.link().relation().manyToMany()) {
                links(run, parentKey, parentIsNew, write, where);
            } else {
                children(run, parentKey, parentIsNew, write, where);
            }
        }
    }

    /** One child write: the pipeline's prepared write and the child's own nested writes. */
    private record Step(PreparedWrite write, List<RelationWrite> nested) {
    }

    private void children(WriteRun run, Object parentKey, boolean parentIsNew, RelationWrite write, String where) {
        Relation relation = write.link().relation();
        Entity target = run.metadata().entity(relation.target());
        Field foreignKey = target.field(relation.targetKey()).orElseThrow();
        Map<Object, Map<String, Object>> current = NestedWritePlanner.needsCurrent(write, parentIsNew)
                ? currentChildren(run, target, foreignKey, parentKey) : Map.of();
        List<Step> steps = new ArrayList<>();
        for (ChildOperation operation : NestedWritePlanner.children(write, target, foreignKey.name(), parentKey,
                current, where)) {
            steps.add(switch (operation) {
                case Insert insert -> new Step(pipeline.prepare(run, WriteKind.CREATE, target, null, insert.values(),
                        Set.of(foreignKey.name()), insert.path()), insert.nested());
                case Update update -> new Step(pipeline.prepare(run, WriteKind.UPDATE, target, update.current(),
                        update.values(), Set.of(), update.path()), update.nested());
                case Delete delete -> new Step(pipeline.prepare(run, WriteKind.DELETE, target, delete.current(),
                        Map.of(), Set.of(), delete.path()), List.of());
            });
        }
        List<Step> ordered = inStatementOrder(steps);
        List<StoredRow> stored = persist(run, target, ordered);
        for (int n = 0; n < ordered.size(); n++) {
            pipeline.complete(run, ordered.get(n).write(), stored.get(n), ordered.get(n).nested());
        }
    }

    /** The children of the parent the caller may read, by primary key. */
    private static Map<Object, Map<String, Object>> currentChildren(WriteRun run, Entity target, Field foreignKey,
                                                                    Object parentKey) {
        Map<Object, Map<String, Object>> current = new LinkedHashMap<>();
        Optional<List<Filter>> visible = run.readFilter(target);
        if (visible.isPresent()) {
            for (Map<String, Object> row : run.store().findAll(target, foreignKey, List.of(parentKey), visible.get())) {
                current.put(row.get(target.primaryKey().field()), row);
            }
        }
        return current;
    }

    private static List<Step> inStatementOrder(List<Step> steps) {
        List<Step> ordered = new ArrayList<>(steps.size());
        for (WriteKind kind : List.of(WriteKind.DELETE, WriteKind.UPDATE, WriteKind.CREATE)) {
            steps.stream().filter(s -> s.write().kind() == kind).forEach(ordered::add);
        }
        return ordered;
    }

    /** Persists the steps (in order) and returns what they stored; batched when allowed and worth it. */
    private List<StoredRow> persist(WriteRun run, Entity target, List<Step> steps) {
        if (mode == NestedWriteMode.BATCHED && steps.size() > 1) {
            Optional<List<StoredRow>> stored = batched(run, target, steps);
            if (stored.isPresent()) {
                return stored.get();
            }
        }
        return steps.stream().map(step -> Persistence.persist(run, step.write())).toList();
    }

    /**
     * The steps as one delete, one update batch and one multi-row insert in a savepoint; empty when refused. The
     * insert returns its rows; an updated child is read again only if its outbox needs it.
     */
    private static Optional<List<StoredRow>> batched(WriteRun run, Entity target, List<Step> steps) {
        List<StoredRow> stored = new ArrayList<>();
        List<Object> deletes = new ArrayList<>();
        Map<Object, Map<String, Object>> updates = new LinkedHashMap<>();
        List<Map<String, Object>> inserts = new ArrayList<>();
        for (Step step : steps) {
            PreparedWrite write = step.write();
            switch (write.kind()) {
                case CREATE -> inserts.add(write.values());
                case UPDATE -> updates.put(write.key(), write.values());
                case DELETE -> deletes.add(write.key());
            }
            if (write.kind() != WriteKind.CREATE) {
                stored.add(new StoredRow(run, target, write.key(), null));
            }
        }
        try {
            // a savepoint; through AfterCommit, so a refused batch also drops the cascade changes it logged
            List<Map<String, Object>> inserted = AfterCommit.transaction(run.stores().transactions(), () -> {
                steps.stream().filter(s -> s.write().deletes()).forEach(s -> Persistence.cascade(run, s.write()));
                run.store().deleteAll(target, deletes);
                run.store().updateAll(target, updates);
                return run.store().insertAll(target, inserts);
            });
            inserted.forEach(row -> stored.add(new StoredRow(run, target, row.get(target.primaryKey().field()), row)));
            return Optional.of(stored);
        } catch (RocketException refused) {
            return Optional.empty();
        }
    }

    /**
     * Many-to-many writes touch only the join table. They are part of the parent's write (its own create or
     * update permission covers them); a link also needs the target to be readable by the caller, and to exist.
     */
    private void links(WriteRun run, Object parentKey, boolean parentIsNew, RelationWrite write, String where) {
        Relation relation = write.link().relation();
        Entity target = run.metadata().entity(relation.target());
        List<Object> linked = new ArrayList<>();
        if (NestedWritePlanner.needsCurrent(write, parentIsNew)) {
            run.store().links(relation, relation.sourceJoinKey(), List.of(parentKey))
                    .forEach(l -> linked.add(l.getValue()));
        }
        List<LinkOperation> plan = NestedWritePlanner.links(write, target, linked, parentIsNew, where);
        Set<Object> linking = new LinkedHashSet<>();
        plan.forEach(operation -> {
            if (operation instanceof Link link) {
                linking.add(link.targetId());
            }
        });
        Set<Object> linkable = linking.isEmpty() ? Set.of() : authorization.linkable(run, target, linking, where);
        for (LinkOperation operation : plan) {
            ErrorPaths.at(operation.path(), () -> {
                switch (operation) {
                    case Unlink unlink -> run.store().unlink(relation, parentKey, unlink.targetId());
                    case Link link -> {
                        if (!linkable.contains(link.targetId())) {
                            throw RecordLookup.notFound(target, String.valueOf(link.targetId()));
                        }
                        switch (link.statement()) {
                            case INSERT -> run.store().link(relation, parentKey, link.targetId(), false);
                            case INSERT_IF_ABSENT -> run.store().link(relation, parentKey, link.targetId(), true);
                            case NONE -> {
                            }
                        }
                    }
                }
            });
        }
    }
}
