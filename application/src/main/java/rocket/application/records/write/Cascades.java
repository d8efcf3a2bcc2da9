package rocket.application.records.write;

import rocket.application.records.port.out.RecordStore;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.RocketException;
import rocket.domain.metadata.AppMetadata;
import rocket.domain.metadata.Entity;
import rocket.domain.metadata.Field;
import rocket.domain.metadata.OnDelete;
import rocket.domain.metadata.Relation;

/** What deleting a record does to the relations it is the source of, one level deep (docs/contract/behaviour.md §5). */
final class Cascades {
    private Cascades() {
    }

    static void apply(RecordStore store, AppMetadata metadata, Entity entity, Object key) {
        for (Relation relation : metadata.relationsFrom(entity.name())) {
            apply(store, metadata, relation, key);
        }
    }

    private static void apply(RecordStore store, AppMetadata metadata, Relation relation, Object key) {
        if (relation.manyToMany()) {
            if (relation.onDelete() == OnDelete.CASCADE || relation.onDelete() == OnDelete.DETACH) {
                store.unlink(relation, key, null);
            }
            return;
        }
        Entity target = metadata.entity(relation.target());
        Field foreignKey = target.field(relation.targetKey()).orElseThrow();
        switch (relation.onDelete()) {
            case CASCADE -> store.deleteWhere(target, foreignKey, key);
            case SET_NULL -> store.setNull(target, foreignKey, key);
            case RESTRICT -> {
                long related = store.countWhere(target, foreignKey, key);
                if (related > 0) {
                    throw RocketException.of(ErrorCode.CONFLICT,
                            "Cannot delete: " + related + " related " + target.name() + " records exist");
                }
            }
            default -> {
            }
        }
    }
}
