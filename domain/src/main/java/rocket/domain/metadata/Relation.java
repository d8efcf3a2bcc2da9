package rocket.domain.metadata;

/**
 * A relation between a source (parent) and a target entity. One-to-one/one-to-many use {@code targetKey}
 * (the FK on the target pointing at the source PK); many-to-many uses the join table and its two keys.
 */
public record Relation(String name, RelationType type, String source, String target, String sourceKey,
                       String targetKey, String joinTable, String sourceJoinKey, String targetJoinKey,
                       String ownership, OnDelete onDelete, String fetch, WriteMode writeMode) {

    public boolean manyToMany() {
        return type == RelationType.MANY_TO_MANY;
    }

    public boolean touches(String entity) {
        return source.equals(entity) || target.equals(entity);
    }
}
