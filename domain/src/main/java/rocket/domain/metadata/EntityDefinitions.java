package rocket.domain.metadata;

import static rocket.domain.metadata.Definitions.invalid;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Parses, validates and echoes entity definitions (docs/contract/metadata.md §1), stricter than the reference on identifiers. */
public final class EntityDefinitions {
    private static final Set<String> PK_TYPES = Set.of("uuid", "int", "bigint", "string");

    private EntityDefinitions() {
    }

    public static Entity parse(Map<String, Object> map) {
        String name = Definitions.string(map, "name");
        if (name == null || name.isEmpty()) {
            throw invalid("entity name is required");
        }
        if (Names.RESERVED.contains(name) || Names.SYSTEM_TABLES.contains(name)) {
            throw invalid("entity name \"" + name + "\" is reserved");
        }
        Names.require(name, "entity name");
        String table = Definitions.string(map, "table");
        if (table == null || table.isEmpty()) {
            throw invalid("table name is required");
        }
        Names.requireTable(table, "table name");
        List<?> rawFields = Definitions.list(map, "fields");
        if (rawFields == null || rawFields.isEmpty()) {
            throw invalid("entity must have at least one field");
        }
        List<Field> fields = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Object raw : rawFields) {
            if (!(raw instanceof Map<?, ?>)) {
                throw invalid("each field must be an object");
            }
            @SuppressWarnings("unchecked")
            Field field = parseField((Map<String, Object>) raw);
            if (!seen.add(field.name())) {
                throw invalid("duplicate field: " + field.name());
            }
            fields.add(field);
        }
        PrimaryKey pk = parsePrimaryKey(Definitions.object(map, "primary_key"), fields);
        SlugConfig slug = parseSlug(Definitions.object(map, "slug"), fields);
        boolean softDelete = Definitions.bool(map, "soft_delete");
        if (softDelete) {
            fields.stream().filter(f -> f.name().equals(Entity.DELETED_AT) && f.type() != FieldType.TIMESTAMP)
                    .findFirst().ifPresent(f -> {
                        throw invalid("field deleted_at must be of type timestamp on a soft-delete entity");
                    });
        }
        boolean cache = map.get("cache") == null || Definitions.bool(map, "cache"); // on unless switched off
        return new Entity(name, table, pk, softDelete, slug, fields, cache);
    }

    private static Field parseField(Map<String, Object> map) {
        String name = Definitions.string(map, "name");
        if (name == null || name.isEmpty()) {
            throw invalid("field name is required");
        }
        Names.require(name, "field name");
        String typeName = Definitions.string(map, "type");
        if (typeName == null || typeName.isEmpty()) {
            throw invalid("field " + name + " type is required; allowed: " + String.join(", ", FieldType.allNames()));
        }
        // the reference maps unknown types to TEXT; refusing them catches typos before a column is created, and
        // the common names of other tools (email, datetime, ...) are stored as the type they stand for
        FieldType type = FieldType.parseOrAlias(typeName).orElseThrow(() -> invalid("field " + name
                + " has unknown type \"" + typeName + "\"; allowed: " + String.join(", ", FieldType.allNames())
                + " (or an alias: " + String.join(", ", FieldType.ALIASES.keySet()) + ")"));
        String storedTypeName = FieldType.parse(typeName).isPresent() ? typeName : type.canonicalName();
        List<String> enumValues = new ArrayList<>();
        List<?> rawEnum = Definitions.list(map, "enum");
        if (rawEnum != null) {
            for (Object v : rawEnum) {
                if (v == null) {
                    throw invalid("field " + name + " enum values must not be null");
                }
                enumValues.add(String.valueOf(v));
            }
        }
        Integer precision = Definitions.integer(map, "precision");
        if (precision != null && (precision < 0 || precision > 18)) {
            throw invalid("field " + name + " precision must be between 0 and 18");
        }
        String autoText = Definitions.string(map, "auto");
        AutoTimestamp auto = switch (autoText == null ? "" : autoText) {
            case "" -> AutoTimestamp.NONE;
            case "create" -> AutoTimestamp.CREATE;
            case "update" -> AutoTimestamp.UPDATE;
            default -> throw invalid("field " + name + " auto must be \"create\" or \"update\"");
        };
        if (auto != AutoTimestamp.NONE && type != FieldType.TIMESTAMP && type != FieldType.DATE) {
            throw invalid("field " + name + " auto requires type timestamp or date");
        }
        Object defaultValue = map.get("default");
        if (defaultValue instanceof Map || defaultValue instanceof List) {
            if (type != FieldType.JSON) {
                throw invalid("field " + name + " default must be a string, number or boolean");
            }
        }
        Field field = new Field(name, type, storedTypeName, Definitions.bool(map, "required"), Definitions.bool(map, "unique"),
                defaultValue, Definitions.bool(map, "nullable"), enumValues, precision, auto);
        try {
            // the default becomes a DDL DEFAULT and an insert value: a wrong type would fail there as a 500
            FieldValues.toColumn(field, defaultValue);
        } catch (InvalidFieldValue e) {
            throw invalid("field " + name + " default " + e.getMessage());
        }
        return field;
    }

    private static PrimaryKey parsePrimaryKey(Map<String, Object> map, List<Field> fields) {
        String field = map == null ? null : Definitions.string(map, "field");
        if (field == null || field.isEmpty()) {
            throw invalid("primary key field is required");
        }
        Field pkField = fields.stream().filter(f -> f.name().equals(field)).findFirst()
                .orElseThrow(() -> invalid("primary key field " + field + " not found in fields"));
        String type = Definitions.string(map, "type");
        if (type == null || type.isEmpty()) {
            type = switch (pkField.type()) {
                case INT -> "int";
                case BIGINT -> "bigint";
                case UUID -> "uuid";
                default -> "string";
            };
        }
        if (!PK_TYPES.contains(type)) {
            throw invalid("primary key type must be one of uuid, int, bigint, string");
        }
        if (!pkTypeMatches(type, pkField.type())) {
            // slug-vs-id detection and generated values follow the PK type, the column follows the field type
            throw invalid("primary key type " + type + " does not match field " + field + " of type "
                    + pkField.typeName());
        }
        boolean generated = Definitions.bool(map, "generated");
        if (generated && "string".equals(type)) {
            throw invalid("a generated primary key must be of type uuid, int or bigint");
        }
        return new PrimaryKey(field, type, generated);
    }

    private static boolean pkTypeMatches(String pkType, FieldType fieldType) {
        return switch (pkType) {
            case "uuid" -> fieldType == FieldType.UUID;
            case "int" -> fieldType == FieldType.INT;
            case "bigint" -> fieldType == FieldType.BIGINT;
            default -> fieldType.isTextual();
        };
    }

    private static SlugConfig parseSlug(Map<String, Object> map, List<Field> fields) {
        if (map == null) {
            return null;
        }
        String field = Definitions.string(map, "field");
        Field slugField = fields.stream().filter(f -> f.name().equals(field)).findFirst()
                .orElseThrow(() -> invalid("slug field \"" + field + "\" not found in fields"));
        if (!slugField.type().isTextual()) {
            throw invalid("slug field \"" + field + "\" must be of type string or text");
        }
        if (!slugField.unique()) {
            throw invalid("slug field \"" + field + "\" must have unique: true");
        }
        String source = Definitions.string(map, "source");
        if (source != null && !source.isEmpty() && fields.stream().noneMatch(f -> f.name().equals(source))) {
            throw invalid("slug source field \"" + source + "\" not found in fields");
        }
        return new SlugConfig(field, source == null || source.isEmpty() ? null : source,
                Definitions.bool(map, "regenerate_on_update"));
    }

    /** The normalised definition, as stored and echoed (zero-valued optional keys omitted). */
    public static Map<String, Object> toMap(Entity entity) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", entity.name());
        m.put("table", entity.table());
        Map<String, Object> pk = new LinkedHashMap<>();
        pk.put("field", entity.primaryKey().field());
        pk.put("type", entity.primaryKey().type());
        pk.put("generated", entity.primaryKey().generated());
        m.put("primary_key", pk);
        m.put("soft_delete", entity.softDelete());
        if (entity.slug() != null) {
            Map<String, Object> slug = new LinkedHashMap<>();
            slug.put("field", entity.slug().field());
            if (entity.slug().source() != null) {
                slug.put("source", entity.slug().source());
            }
            slug.put("regenerate_on_update", entity.slug().regenerateOnUpdate());
            m.put("slug", slug);
        }
        m.put("fields", entity.fields().stream().map(EntityDefinitions::fieldMap).toList());
        if (!entity.cache()) {
            m.put("cache", false);
        }
        return m;
    }

    private static Map<String, Object> fieldMap(Field f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", f.name());
        m.put("type", f.typeName());
        if (f.required()) {
            m.put("required", true);
        }
        if (f.unique()) {
            m.put("unique", true);
        }
        if (f.defaultValue() != null) {
            m.put("default", f.defaultValue());
        }
        if (f.nullable()) {
            m.put("nullable", true);
        }
        if (!f.enumValues().isEmpty()) {
            m.put("enum", f.enumValues());
        }
        if (f.precision() != null && f.precision() > 0) {
            m.put("precision", f.precision());
        }
        if (f.isAuto()) {
            m.put("auto", f.auto().name().toLowerCase(java.util.Locale.ROOT));
        }
        return m;
    }
}
