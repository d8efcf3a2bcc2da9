package rocket.domain.metadata;

import static rocket.domain.metadata.Definitions.invalid;

import java.util.LinkedHashMap;
import java.util.Map;

/** Parses, validates (against the current entities) and echoes relation definitions (docs/contract/metadata.md §2). */
public final class RelationDefinitions {
    private RelationDefinitions() {
    }

    public static Relation parse(Map<String, Object> map, AppMetadata metadata) {
        String name = Definitions.string(map, "name");
        if (name == null || name.isEmpty()) {
            throw invalid("relation name is required");
        }
        Names.require(name, "relation name");
        String source = Definitions.string(map, "source");
        String target = Definitions.string(map, "target");
        if (source == null || source.isEmpty() || target == null || target.isEmpty()) {
            throw invalid("source and target are required");
        }
        Entity sourceEntity = metadata.findEntity(source).orElseThrow(() -> invalid("source entity not found: " + source));
        Entity targetEntity = metadata.findEntity(target).orElseThrow(() -> invalid("target entity not found: " + target));
        String typeText = Definitions.string(map, "type");
        RelationType type = RelationType.parse(typeText).orElseThrow(() -> invalid("invalid relation type: " + typeText));
        String sourceKey = Definitions.string(map, "source_key");
        if (sourceKey == null || sourceKey.isEmpty()) {
            sourceKey = sourceEntity.primaryKey().field();
        }
        String checkedSourceKey = sourceKey;
        sourceEntity.field(sourceKey).orElseThrow(() -> invalid("source_key " + checkedSourceKey + " not found on " + source));
        String targetKey = Definitions.string(map, "target_key");
        String joinTable = Definitions.string(map, "join_table");
        String sourceJoinKey = Definitions.string(map, "source_join_key");
        String targetJoinKey = Definitions.string(map, "target_join_key");
        if (type == RelationType.MANY_TO_MANY) {
            if (joinTable == null || joinTable.isEmpty()) {
                throw invalid("join_table is required for many_to_many relations");
            }
            Names.requireTable(joinTable, "join_table");
            if (sourceJoinKey == null || sourceJoinKey.isEmpty()) {
                throw invalid("source_join_key is required for many_to_many relations");
            }
            if (targetJoinKey == null || targetJoinKey.isEmpty()) {
                throw invalid("target_join_key is required for many_to_many relations");
            }
            Names.require(sourceJoinKey, "source_join_key");
            Names.require(targetJoinKey, "target_join_key");
            if (sourceJoinKey.equals(targetJoinKey)) {
                throw invalid("source_join_key and target_join_key must differ");
            }
            if (metadata.entities().stream().anyMatch(e -> e.table().equals(joinTable))) {
                throw invalid("join_table " + joinTable + " is the table of an entity");
            }
        } else {
            if (targetKey == null || targetKey.isEmpty()) {
                throw invalid("target_key is required for " + type.wireName() + " relations");
            }
            String checkedTargetKey = targetKey;
            Field foreignKey = targetEntity.field(targetKey)
                    .orElseThrow(() -> invalid("target_key " + checkedTargetKey + " not found on " + target));
            Field sourcePk = sourceEntity.pkField();
            if (!compatible(foreignKey.type(), sourcePk.type())) {
                // the FK receives the parent's PK on nested inserts and is compared with it by includes
                throw invalid("target_key " + targetKey + " (" + foreignKey.typeName() + ") must have the type of "
                        + source + "'s primary key " + sourcePk.name() + " (" + sourcePk.typeName() + ")");
            }
        }
        String onDeleteText = Definitions.string(map, "on_delete");
        OnDelete onDelete = OnDelete.parse(onDeleteText).orElseThrow(() -> invalid("invalid on_delete: " + onDeleteText
                + " (must be cascade, set_null, restrict or detach)"));
        if (type == RelationType.MANY_TO_MANY && (onDelete == OnDelete.SET_NULL || onDelete == OnDelete.RESTRICT)) {
            throw invalid("on_delete " + onDelete.wireName() + " does not apply to many_to_many relations");
        }
        String writeModeText = Definitions.string(map, "write_mode");
        WriteMode writeMode = WriteMode.parse(writeModeText, WriteMode.DIFF);
        String ownership = oneOf(Definitions.string(map, "ownership"), "ownership", "source", "target", "none");
        String fetch = oneOf(Definitions.string(map, "fetch"), "fetch", "lazy", "eager");
        return new Relation(name, type, source, target, sourceKey, blankToNull(targetKey), blankToNull(joinTable),
                blankToNull(sourceJoinKey), blankToNull(targetJoinKey), ownership == null ? "source" : ownership,
                onDelete, fetch == null ? "lazy" : fetch, writeMode);
    }

    private static boolean compatible(FieldType foreignKey, FieldType primaryKey) {
        return foreignKey == primaryKey || (foreignKey.isTextual() && primaryKey.isTextual())
                || (foreignKey.isIntegral() && primaryKey.isIntegral());
    }

    /** Stored-only settings still get a closed set of values, so a typo is caught rather than echoed forever. */
    private static String oneOf(String value, String key, String... allowed) {
        if (value == null || value.isEmpty() || java.util.Arrays.asList(allowed).contains(value)) {
            return value == null || value.isEmpty() ? null : value;
        }
        throw invalid("invalid " + key + ": " + value + " (must be " + String.join(", ", allowed) + ")");
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    public static Map<String, Object> toMap(Relation r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", r.name());
        m.put("type", r.type().wireName());
        m.put("source", r.source());
        m.put("target", r.target());
        m.put("source_key", r.sourceKey());
        if (r.targetKey() != null) {
            m.put("target_key", r.targetKey());
        }
        if (r.joinTable() != null) {
            m.put("join_table", r.joinTable());
            m.put("source_join_key", r.sourceJoinKey());
            m.put("target_join_key", r.targetJoinKey());
        }
        m.put("ownership", r.ownership());
        if (r.onDelete() != OnDelete.NONE) {
            m.put("on_delete", r.onDelete().wireName());
        }
        m.put("fetch", r.fetch());
        m.put("write_mode", r.writeMode().wireName());
        return m;
    }
}
