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
import rocket.domain.metadata.LinkedRelation;
import rocket.domain.metadata.WriteMode;

/**
 * Turns a create/update body into a {@link WritePlan}: splits declared fields from relation writes, converts
 * values to column types and collects every problem (unknown key, wrong type, required, enum) into one 422.
 * Children are parsed recursively, so nested writes may go deeper than one level.
 */
public final class WritePayloads {
    private static final String WRITE_MODE = "_write_mode";
    private static final String DATA = "data";
    private static final String DELETE = "_delete";

    private WritePayloads() {
    }

    public static WritePlan parse(Entity entity, AppMetadata metadata, Map<String, Object> body, boolean create) {
        List<ErrorDetail> problems = new ArrayList<>();
        Map<String, Object> values = new LinkedHashMap<>();
        List<RelationWrite> relations = new ArrayList<>();
        for (Map.Entry<String, Object> entry : body.entrySet()) {
            String key = entry.getKey();
            Optional<Field> field = entity.field(key);
            if (field.isPresent()) {
                if (writable(entity, field.get(), create)) {
                    convert(field.get(), entry.getValue(), key, problems).ifPresent(v -> values.put(key, v.value()));
                }
                continue;
            }
            Optional<LinkedRelation> link = metadata.link(entity.name(), key).filter(LinkedRelation::fromSource);
            if (link.isPresent() && entry.getValue() instanceof Map<?, ?> nested) {
                relations.add(relationWrite(key, link.get(), cast(nested), metadata, key, problems));
            } else {
                problems.add(ErrorDetail.of(key, "unknown", "Unknown field or relation: " + key));
            }
        }
        if (create) {
            checkRequired(entity, values, problems);
        }
        checkEnums(entity, values, problems);
        if (!problems.isEmpty()) {
            throw RocketException.validation(problems);
        }
        return new WritePlan(values, relations);
    }

    private static boolean writable(Entity entity, Field field, boolean create) {
        boolean generatedPk = field.name().equals(entity.primaryKey().field()) && entity.primaryKey().generated();
        boolean pkOnUpdate = !create && field.name().equals(entity.primaryKey().field());
        // auto timestamps and deleted_at are engine-managed; client values are ignored
        return !generatedPk && !pkOnUpdate && !field.isAuto() && !field.name().equals(Entity.DELETED_AT);
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
                children.add(child(target, link.relation().manyToMany(), cast(child), metadata, childPath, problems));
            } else {
                problems.add(ErrorDetail.of(childPath, "nested", "Each item of " + key + ".data must be an object"));
            }
        }
        return new RelationWrite(key, link, mode, children);
    }

    private static ChildRow child(Entity target, boolean manyToMany, Map<String, Object> child, AppMetadata metadata,
                                  String path, List<ErrorDetail> problems) {
        Map<String, Object> values = new LinkedHashMap<>();
        List<RelationWrite> nested = new ArrayList<>();
        for (Map.Entry<String, Object> entry : child.entrySet()) {
            Optional<Field> field = target.field(entry.getKey());
            if (field.isPresent()) {
                if (!field.get().isAuto() && !field.get().name().equals(Entity.DELETED_AT)) {
                    convert(field.get(), entry.getValue(), path + "." + entry.getKey(), problems)
                            .ifPresent(v -> values.put(entry.getKey(), v.value()));
                }
                continue;
            }
            Optional<LinkedRelation> link = metadata.link(target.name(), entry.getKey())
                    .filter(LinkedRelation::fromSource);
            if (link.isPresent() && entry.getValue() instanceof Map<?, ?> deeper) {
                nested.add(relationWrite(entry.getKey(), link.get(), cast(deeper), metadata,
                        path + "." + entry.getKey(), problems));
            }
            // any other key of a child is ignored, as the contract says
        }
        Object pk = values.get(target.primaryKey().field());
        if (pk == null && manyToMany && child.get("id") != null && !target.primaryKey().field().equals("id")) {
            // a many-to-many child may name its target by "id" even when the target's PK is called otherwise
            pk = convert(target.pkField(), child.get("id"), path + ".id", problems).map(Converted::value).orElse(null);
        }
        return new ChildRow(values, Boolean.TRUE.equals(child.get(DELETE)), pk, nested);
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
        } catch (IllegalArgumentException e) {
            problems.add(ErrorDetail.of(path, "type", field.name() + " " + e.getMessage()));
            return Optional.empty();
        }
    }

    private static void checkRequired(Entity entity, Map<String, Object> values, List<ErrorDetail> problems) {
        for (Field field : entity.fields()) {
            boolean exempt = field.nullable() || field.isAuto() || field.hasDefault()
                    || (field.name().equals(entity.primaryKey().field()) && entity.primaryKey().generated())
                    || (entity.slug() != null && entity.slug().source() != null
                        && field.name().equals(entity.slug().field()));
            if (!field.required() || exempt || problems.stream().anyMatch(p -> field.name().equals(p.field()))) {
                continue;
            }
            Object value = values.get(field.name());
            if (value == null || (value instanceof String s && s.isEmpty())) {
                problems.add(ErrorDetail.of(field.name(), "required", field.name() + " is required"));
            }
        }
    }

    private static void checkEnums(Entity entity, Map<String, Object> values, List<ErrorDetail> problems) {
        for (Field field : entity.fields()) {
            Object value = values.get(field.name());
            if (value != null && !field.enumValues().isEmpty() && !field.enumValues().contains(String.valueOf(value))) {
                problems.add(ErrorDetail.of(field.name(), "enum",
                        field.name() + " must be one of: " + String.join(", ", field.enumValues())));
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }

    private record Converted(Object value) {
    }
}
