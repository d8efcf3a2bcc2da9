package rocket.domain.write;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import rocket.domain.error.ErrorDetail;
import rocket.domain.error.RocketException;
import rocket.domain.metadata.AppMetadata;
import rocket.domain.metadata.Entity;
import rocket.domain.metadata.Field;
import rocket.domain.metadata.FieldType;
import rocket.domain.metadata.FieldValues;
import rocket.domain.metadata.InvalidFieldValue;
import rocket.domain.metadata.LinkedRelation;
import rocket.domain.metadata.WriteMode;

/**
 * Turns a create/update body into a {@link WritePlan}: splits declared fields from relation writes, converts
 * values to column types and collects every problem (unknown key, wrong type, required, enum) into one 422.
 * Children are parsed recursively with the same checks as a top-level body of their entity (unlike the reference,
 * which ignores unknown keys, required fields and enums of children); their problems name the path, e.g.
 * {@code comments[0].replies[1].likes}.
 */
public final class WritePayloads {
    private static final String WRITE_MODE = "_write_mode";
    private static final String DATA = "data";
    private static final String DELETE = "_delete";
    private static final String LINK_ID = "id";

    /** What a parsed object stands for: it decides the writable fields, the required check and the extra keys. */
    private enum Shape {
        CREATE, UPDATE, CHILD_INSERT, CHILD_UPDATE, LINK;

        boolean child() {
            return this == CHILD_INSERT || this == CHILD_UPDATE || this == LINK;
        }

        boolean inserts() {
            return this == CREATE || this == CHILD_INSERT;
        }
    }

    private WritePayloads() {
    }

    public static WritePlan parse(Entity entity, AppMetadata metadata, Map<String, Object> body, boolean create) {
        List<ErrorDetail> problems = new ArrayList<>();
        Parsed parsed = object(entity, metadata, body, create ? Shape.CREATE : Shape.UPDATE, null, "", problems);
        if (!problems.isEmpty()) {
            throw RocketException.validation(problems);
        }
        return new WritePlan(parsed.values(), parsed.relations());
    }

    /** One object of the body at {@code path} ("" for the top level); {@code foreignKey} is filled by the engine. */
    private static Parsed object(Entity entity, AppMetadata metadata, Map<String, Object> body, Shape shape,
                                 String foreignKey, String path, List<ErrorDetail> problems) {
        Map<String, Object> values = new LinkedHashMap<>();
        List<RelationWrite> relations = new ArrayList<>();
        for (Map.Entry<String, Object> entry : body.entrySet()) {
            String key = entry.getKey();
            String at = join(path, key);
            Optional<Field> field = entity.field(key);
            if (field.isPresent()) {
                if (writable(entity, field.get(), shape)) {
                    convert(field.get(), entry.getValue(), at, problems).ifPresent(v -> values.put(key, v.value()));
                }
                continue;
            }
            if (shape.child() && (key.equals(DELETE) || (shape == Shape.LINK && key.equals(LINK_ID)))) {
                continue;
            }
            Optional<LinkedRelation> link = metadata.link(entity.name(), key).filter(LinkedRelation::fromSource);
            if (link.isPresent() && shape != Shape.LINK && entry.getValue() instanceof Map<?, ?> nested) {
                relations.add(relationWrite(key, link.get(), cast(nested), metadata, at, problems));
            } else {
                problems.add(ErrorDetail.of(at, "unknown", "Unknown field or relation: " + key));
            }
        }
        if (shape.inserts()) {
            checkRequired(entity, values, foreignKey, path, problems);
        }
        checkEnums(entity, values, path, problems);
        return new Parsed(values, relations);
    }

    /** The fields a top-level create ({@code create}) or update body may set; any other declared field is ignored. */
    public static List<Field> writableFields(Entity entity, boolean create) {
        Shape shape = create ? Shape.CREATE : Shape.UPDATE;
        return entity.fields().stream().filter(f -> writable(entity, f, shape)).toList();
    }

    /**
     * The fields an insert must carry: required ones the engine does not fill (no default, no auto timestamp, no
     * generated key, no slug made from a source, not {@code foreignKey}, which a nested insert gets from its parent).
     */
    public static List<Field> mustSend(Entity entity, String foreignKey) {
        return entity.fields().stream().filter(f -> f.required() && !filledByEngine(entity, f, foreignKey)).toList();
    }

    /** Auto timestamps and deleted_at are engine-managed; a top-level key is never written by the client. */
    private static boolean writable(Entity entity, Field field, Shape shape) {
        boolean pk = field.name().equals(entity.primaryKey().field());
        if (field.isAuto() || field.name().equals(Entity.DELETED_AT)) {
            return false;
        }
        return switch (shape) {
            case CREATE -> !(pk && entity.primaryKey().generated());
            case UPDATE -> !pk;
            default -> true; // a child's key says which current child it is
        };
    }

    private static RelationWrite relationWrite(String key, LinkedRelation link, Map<String, Object> nested,
                                               AppMetadata metadata, String path, List<ErrorDetail> problems) {
        WriteMode fallback = link.relation().writeMode();
        WriteMode mode = nested.get(WRITE_MODE) instanceof String s ? WriteMode.parse(s, fallback) : fallback;
        Entity target = metadata.entity(link.relation().target());
        List<ChildRow> children = new ArrayList<>();
        if (!(nested.get(DATA) instanceof List<?> data)) {
            problems.add(ErrorDetail.of(path, "nested", "Nested write for " + key + " needs a \"data\" array"));
            return new RelationWrite(key, link, mode, children);
        }
        for (int i = 0; i < data.size(); i++) {
            String childPath = path + "[" + i + "]";
            if (data.get(i) instanceof Map<?, ?> child) {
                children.add(child(target, link, cast(child), metadata, childPath, problems));
            } else {
                problems.add(ErrorDetail.of(childPath, "nested", "Each item of " + key + ".data must be an object"));
            }
        }
        return new RelationWrite(key, link, mode, children);
    }

    private static ChildRow child(Entity target, LinkedRelation link, Map<String, Object> child, AppMetadata metadata,
                                  String path, List<ErrorDetail> problems) {
        boolean manyToMany = link.relation().manyToMany();
        String pkName = target.primaryKey().field();
        Shape shape = manyToMany ? Shape.LINK : child.get(pkName) != null ? Shape.CHILD_UPDATE : Shape.CHILD_INSERT;
        Parsed parsed = object(target, metadata, child, shape, link.relation().targetKey(), path, problems);
        Object pk = parsed.values().get(pkName);
        if (pk == null && manyToMany && child.get(LINK_ID) != null && !pkName.equals(LINK_ID)) {
            // a many-to-many child may name its target by "id" even when the target's PK is called otherwise
            pk = convert(target.pkField(), child.get(LINK_ID), join(path, LINK_ID), problems).map(Converted::value)
                    .orElse(null);
        }
        return new ChildRow(parsed.values(), Boolean.TRUE.equals(child.get(DELETE)), pk, parsed.relations());
    }

    /** The converted value wrapped (so a JSON null stays distinguishable from "invalid"). */
    private static Optional<Converted> convert(Field field, Object raw, String path, List<ErrorDetail> problems) {
        if (raw != null && FieldValues.isContainer(raw) && field.type() != FieldType.JSON
                && field.type() != FieldType.FILE) {
            problems.add(ErrorDetail.of(path, "type", field.name() + " must be a " + field.type().canonicalName()));
            return Optional.empty();
        }
        try {
            return Optional.of(new Converted(FieldValues.toColumn(field, raw)));
        } catch (InvalidFieldValue e) {
            problems.add(ErrorDetail.of(path, "type", field.name() + " " + e.getMessage()));
            return Optional.empty();
        }
    }

    private static void checkRequired(Entity entity, Map<String, Object> values, String foreignKey, String path,
                                      List<ErrorDetail> problems) {
        for (Field field : mustSend(entity, foreignKey)) {
            String at = join(path, field.name());
            if (problems.stream().anyMatch(p -> at.equals(p.field()))) {
                continue;
            }
            Object value = values.get(field.name());
            if (value == null || (value instanceof String s && s.isEmpty())) {
                problems.add(ErrorDetail.of(at, "required", field.name() + " is required"));
            }
        }
    }

    private static boolean filledByEngine(Entity entity, Field field, String foreignKey) {
        return field.nullable() || field.isAuto() || field.hasDefault()
                || field.name().equals(foreignKey) // set to the parent's key by the engine
                || (field.name().equals(entity.primaryKey().field()) && entity.primaryKey().generated())
                || (entity.slug() != null && entity.slug().source() != null && field.name().equals(entity.slug().field()));
    }

    private static void checkEnums(Entity entity, Map<String, Object> values, String path, List<ErrorDetail> problems) {
        for (Field field : entity.fields()) {
            Object value = values.get(field.name());
            if (value != null && !field.enumValues().isEmpty() && !field.enumValues().contains(String.valueOf(value))) {
                problems.add(ErrorDetail.of(join(path, field.name()), "enum",
                        field.name() + " must be one of: " + String.join(", ", field.enumValues())));
            }
        }
    }

    private static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }

    private record Converted(Object value) {
    }

    private record Parsed(Map<String, Object> values, List<RelationWrite> relations) {
    }
}
