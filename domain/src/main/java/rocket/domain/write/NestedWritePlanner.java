package rocket.domain.write;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import rocket.domain.error.ErrorDetail;
import rocket.domain.error.RocketException;
import rocket.domain.metadata.Entity;
import rocket.domain.metadata.FieldValues;
import rocket.domain.metadata.InvalidFieldValue;
import rocket.domain.metadata.WriteMode;
import rocket.domain.write.NestedOperation.ChildOperation;
import rocket.domain.write.NestedOperation.Delete;
import rocket.domain.write.NestedOperation.Insert;
import rocket.domain.write.NestedOperation.Link;
import rocket.domain.write.NestedOperation.LinkOperation;
import rocket.domain.write.NestedOperation.LinkStatement;
import rocket.domain.write.NestedOperation.Unlink;
import rocket.domain.write.NestedOperation.Update;

/**
 * The decisions of a nested write (docs/contract/behaviour.md §2.3), and the only place they are made: what the
 * write mode asks for, given the payload's children and the parent's current children (or links). Pure: the
 * operations come back as values, in payload order; a replace's removals of unmentioned children come last.
 * <ul>
 * <li>diff: a child without a key is inserted; one with a current child's key updates it, or deletes it with
 * {@code _delete}; unmentioned children stay. Links: {@code _delete} unlinks, others are linked unless they are.</li>
 * <li>replace: like diff without {@code _delete}, and every unmentioned current child is deleted; links are all
 * removed, then the payload's are inserted.</li>
 * <li>append: only children without a key are inserted; links are inserted unless present.</li>
 * </ul>
 * A child whose key names no current child of this parent is skipped (the rows the caller may not read are not
 * current children). Link children without a target key are skipped.
 */
public final class NestedWritePlanner {
    private NestedWritePlanner() {
    }

    /**
     * Whether the plan needs the parent's current children (or links): a new parent has none, an append never
     * touches them, and a replace of links removes them all without looking.
     */
    public static boolean needsCurrent(RelationWrite write, boolean parentIsNew) {
        if (parentIsNew) {
            return false;
        }
        return write.link().relation().manyToMany() ? write.mode() == WriteMode.DIFF : write.mode() != WriteMode.APPEND;
    }

    /**
     * One-to-one / one-to-many children of the parent with {@code parentKey}; {@code current} holds its current
     * children by primary key, {@code foreignKey} is the target's field pointing at the parent.
     */
    public static List<ChildOperation> children(RelationWrite write, Entity target, String foreignKey,
                                                 Object parentKey, Map<Object, Map<String, Object>> current,
                                                 String where) {
        List<ChildOperation> operations = new ArrayList<>();
        Set<Object> mentioned = new HashSet<>();
        List<ChildRow> children = write.children();
        for (int i = 0; i < children.size(); i++) {
            ChildRow child = children.get(i);
            String at = where + "[" + i + "]";
            if (!child.hasPrimaryKey()) {
                operations.add(new Insert(at, insertValues(target, foreignKey, parentKey, child), child.nested()));
                continue;
            }
            Object key = childKey(target, child.primaryKey(), at);
            mentioned.add(key);
            Map<String, Object> row = current.get(key);
            if (row == null) {
                continue;
            }
            if (write.mode() == WriteMode.DIFF && child.delete()) {
                operations.add(new Delete(at, row));
            } else if (write.mode() != WriteMode.APPEND) {
                Map<String, Object> values = new LinkedHashMap<>(child.values());
                values.remove(target.primaryKey().field());
                operations.add(new Update(at, row, values, child.nested()));
            }
        }
        if (write.mode() == WriteMode.REPLACE) {
            current.forEach((key, row) -> {
                if (!mentioned.contains(key)) {
                    operations.add(new Delete(where, row));
                }
            });
        }
        return operations;
    }

    /**
     * Many-to-many links of the parent; {@code linked} are the target ids it is linked to now (read for a diff
     * only, see {@link #needsCurrent}). A replace of an existing parent starts by removing all its links.
     */
    public static List<LinkOperation> links(RelationWrite write, Entity target, Collection<?> linked,
                                              boolean parentIsNew, String where) {
        List<LinkOperation> operations = new ArrayList<>();
        if (write.mode() == WriteMode.REPLACE && !parentIsNew) {
            operations.add(new Unlink(where, null));
        }
        Set<Object> present = new HashSet<>(linked);
        List<ChildRow> children = write.children();
        for (int i = 0; i < children.size(); i++) {
            ChildRow child = children.get(i);
            if (!child.hasPrimaryKey()) {
                continue;
            }
            String at = where + "[" + i + "]";
            Object id = childKey(target, child.primaryKey(), at);
            operations.add(switch (write.mode()) {
                case DIFF -> child.delete() ? new Unlink(at, id)
                        : new Link(at, id, present.add(id) ? LinkStatement.INSERT : LinkStatement.NONE);
                case REPLACE -> new Link(at, id, LinkStatement.INSERT);
                case APPEND -> new Link(at, id, LinkStatement.INSERT_IF_ABSENT);
            });
        }
        return operations;
    }

    private static Map<String, Object> insertValues(Entity target, String foreignKey, Object parentKey,
                                                    ChildRow child) {
        Map<String, Object> values = new LinkedHashMap<>(child.values());
        if (target.primaryKey().generated()) {
            values.remove(target.primaryKey().field());
        }
        values.put(foreignKey, parentKey); // FK propagation overwrites a supplied value
        return values;
    }

    /** The payload's key as a value of the target's key type; a key that cannot be one is a 422 at the child. */
    private static Object childKey(Entity target, Object raw, String at) {
        try {
            return FieldValues.toColumn(target.pkField(), raw instanceof UUID ? raw.toString() : raw);
        } catch (InvalidFieldValue e) {
            throw RocketException.validation(List.of(ErrorDetail.of(at, "type",
                    target.primaryKey().field() + " " + e.getMessage())));
        }
    }
}
