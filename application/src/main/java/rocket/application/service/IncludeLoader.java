package rocket.application.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import rocket.application.port.out.RecordStore;
import rocket.domain.metadata.AppMetadata;
import rocket.domain.metadata.Entity;
import rocket.domain.metadata.Field;
import rocket.domain.metadata.Relation;
import rocket.domain.metadata.RelationType;
import rocket.domain.query.Include;

/** Loads includes with one batched query per relation (two for many-to-many), never one per row. */
final class IncludeLoader {
    private IncludeLoader() {
    }

    /** Adds one key per include to each JSON record; {@code rows} are the stored rows behind {@code records}. */
    static void attach(RecordStore store, AppMetadata metadata, Entity entity, List<Map<String, Object>> rows,
                       List<Map<String, Object>> records, List<Include> includes) {
        for (Include include : includes) {
            Relation relation = include.link().relation();
            if (relation.type() == RelationType.MANY_TO_MANY) {
                manyToMany(store, metadata, entity, rows, records, include);
            } else if (include.link().fromSource()) {
                children(store, metadata, entity, rows, records, include);
            } else {
                parent(store, metadata, rows, records, include);
            }
        }
    }

    private static void children(RecordStore store, AppMetadata metadata, Entity entity, List<Map<String, Object>> rows,
                                 List<Map<String, Object>> records, Include include) {
        Relation relation = include.link().relation();
        Entity target = metadata.entity(relation.target());
        Field foreignKey = target.field(relation.targetKey()).orElseThrow();
        Map<Object, List<Map<String, Object>>> byParent = new HashMap<>();
        for (Map<String, Object> child : store.findAll(target, foreignKey, keys(rows, entity.primaryKey().field()))) {
            byParent.computeIfAbsent(child.get(foreignKey.name()), k -> new ArrayList<>()).add(RecordJson.of(target, child));
        }
        for (int i = 0; i < rows.size(); i++) {
            List<Map<String, Object>> found = byParent.getOrDefault(rows.get(i).get(entity.primaryKey().field()), List.of());
            records.get(i).put(include.key(), relation.type() == RelationType.ONE_TO_ONE
                    ? (found.isEmpty() ? null : found.get(0)) : found);
        }
    }

    private static void parent(RecordStore store, AppMetadata metadata, List<Map<String, Object>> rows,
                               List<Map<String, Object>> records, Include include) {
        Relation relation = include.link().relation();
        Entity source = metadata.entity(relation.source());
        Field sourceKey = source.field(relation.sourceKey()).orElseThrow();
        Map<Object, Map<String, Object>> byKey = new HashMap<>();
        for (Map<String, Object> parent : store.findAll(source, sourceKey, keys(rows, relation.targetKey()))) {
            byKey.put(parent.get(sourceKey.name()), RecordJson.of(source, parent));
        }
        for (int i = 0; i < rows.size(); i++) {
            Object fk = rows.get(i).get(relation.targetKey());
            records.get(i).put(include.key(), fk == null ? null : byKey.get(fk));
        }
    }

    private static void manyToMany(RecordStore store, AppMetadata metadata, Entity entity, List<Map<String, Object>> rows,
                                   List<Map<String, Object>> records, Include include) {
        Relation relation = include.link().relation();
        boolean forward = include.link().fromSource();
        Entity other = metadata.entity(forward ? relation.target() : relation.source());
        String ownColumn = forward ? relation.sourceJoinKey() : relation.targetJoinKey();
        List<Map.Entry<Object, Object>> links = store.links(relation, ownColumn, keys(rows, entity.primaryKey().field()));
        Map<Object, List<Object>> otherIdsByOwn = new HashMap<>();
        Set<Object> otherIds = new LinkedHashSet<>();
        for (Map.Entry<Object, Object> link : links) {
            Object own = forward ? link.getKey() : link.getValue();
            Object otherId = forward ? link.getValue() : link.getKey();
            otherIdsByOwn.computeIfAbsent(own, k -> new ArrayList<>()).add(otherId);
            otherIds.add(otherId);
        }
        Field otherKey = forward ? other.pkField() : other.field(relation.sourceKey()).orElseThrow();
        Map<Object, Map<String, Object>> byId = new HashMap<>();
        for (Map<String, Object> row : store.findAll(other, otherKey, otherIds)) {
            byId.put(row.get(otherKey.name()), RecordJson.of(other, row));
        }
        for (int i = 0; i < rows.size(); i++) {
            List<Map<String, Object>> related = otherIdsByOwn.getOrDefault(rows.get(i).get(entity.primaryKey().field()),
                    List.of()).stream().map(byId::get).filter(Objects::nonNull).toList();
            records.get(i).put(include.key(), related);
        }
    }

    private static Set<Object> keys(List<Map<String, Object>> rows, String column) {
        Set<Object> keys = new LinkedHashSet<>();
        for (Map<String, Object> row : rows) {
            if (row.get(column) != null) {
                keys.add(row.get(column));
            }
        }
        return keys;
    }
}
