package rocket.domain.write;

import java.util.List;
import java.util.Map;

/**
 * One step of a nested write, as {@link NestedWritePlanner} decided it. {@code path} names the child in errors
 * ({@code comments[0]}; a child a replace removes is named by its relation key alone).
 */
public sealed interface NestedOperation {
    String path();

    /** An operation on the rows of a one-to-one or one-to-many target. */
    sealed interface ChildOperation extends NestedOperation {
    }

    /** An operation on the join table of a many-to-many relation. */
    sealed interface LinkOperation extends NestedOperation {
    }

    /** A new child; its values carry the parent's key in the foreign key. */
    record Insert(String path, Map<String, Object> values, List<RelationWrite> nested) implements ChildOperation {
    }

    /** A current child the payload changes; its primary key is not among the values. */
    record Update(String path, Map<String, Object> current, Map<String, Object> values, List<RelationWrite> nested)
            implements ChildOperation {
    }

    /** A current child removed: asked for ({@code _delete} in diff mode) or left out of a replace. */
    record Delete(String path, Map<String, Object> current) implements ChildOperation {
    }

    /** A join row to an existing target; the target must be visible to the caller whatever the statement. */
    record Link(String path, Object targetId, LinkStatement statement) implements LinkOperation {
    }

    /** Removes the join row to the target, or every join row of the parent when {@code targetId} is null. */
    record Unlink(String path, Object targetId) implements LinkOperation {
    }

    /** What a link asks of the join table. */
    enum LinkStatement {
        /** a new join row (an existing one is a conflict) */
        INSERT,
        /** a new join row unless it exists (append) */
        INSERT_IF_ABSENT,
        /** the row exists already (diff): nothing to write */
        NONE
    }
}
