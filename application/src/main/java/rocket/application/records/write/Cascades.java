package rocket.application.records.write;

import java.util.List;
import rocket.application.records.port.out.ChangeLog;
import rocket.application.records.port.out.RecordChange;
import rocket.application.records.port.out.RecordStore;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.RocketException;
import rocket.domain.metadata.AppMetadata;
import rocket.domain.metadata.Entity;
import rocket.domain.metadata.Field;
import rocket.domain.metadata.OnDelete;
import rocket.domain.metadata.Relation;

/**
 * What deleting a record does to the relations it is the source of, one level deep (docs/contract/behaviour.md §5).
 * The records it deletes or clears are changes too: the change log gets each, in the same transaction.
 */
final class Cascades {
    private Cascades() {
    }

    static void apply(RecordStore store, ChangeLog changes, AppMetadata metadata, Entity entity, Object key) {
        for (Relation relation : metadata.relationsFrom(entity.name())) {
            apply(store, changes, metadata, relation, key);
        }
    }

    private static void apply(RecordStore store, ChangeLog changes, AppMetadata metadata, Relation relation,
                              Object key) {
        if (relation.manyToMany()) {
            if (relation.onDelete() == OnDelete.CASCADE || relation.onDelete() == OnDelete.DETACH) {
                store.unlink(relation, key, null);
            }
            return;
        }
        Entity target = metadata.entity(relation.target());
        Field foreignKey = target.field(relation.targetKey()).orElseThrow();
        switch (relation.onDelete()) {
            case CASCADE -> log(changes, target, store.deleteWhere(target, foreignKey, key), RecordChange.Op.DELETED);
            case SET_NULL -> log(changes, target, store.setNull(target, foreignKey, key), RecordChange.Op.UPDATED);
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

    private static void log(ChangeLog changes, Entity entity, List<Object> keys, RecordChange.Op op) {
        if (!keys.isEmpty()) {
            AfterCommit.log(changes, keys.stream().map(key -> new RecordChange(entity.name(), String.valueOf(key), op))
                    .toList());
        }
    }
}
