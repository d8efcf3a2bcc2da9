package rocket.domain.metadata;

/** A relation as seen from one entity: whether that entity is its source (forward) or its target (reverse). */
public record LinkedRelation(Relation relation, boolean fromSource) {
    /** The entity at the other end. */
    public String other() {
        return fromSource ? relation.target() : relation.source();
    }
}
