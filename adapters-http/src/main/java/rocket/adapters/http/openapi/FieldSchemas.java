package rocket.adapters.http.openapi;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import rocket.adapters.http.support.Json;
import rocket.domain.metadata.Entity;
import rocket.domain.metadata.Field;
import rocket.domain.metadata.FieldType;

/** The JSON Schema of one field: as answers carry it, as bodies may send it, and as a filter value. */
final class FieldSchemas {
    private FieldSchemas() {
    }

    /**
     * A field in an answer. Every column but the key may be null there (a column added to a table with rows is added
     * nullable), so only the key is never null.
     */
    static ObjectNode read(Entity entity, Field field) {
        ObjectNode schema = switch (field.type()) {
            case DECIMAL -> Nodes.type("string", "decimal").put("description", "Exact decimal as text with "
                    + (field.precision() == null ? "its" : String.valueOf(field.precision())) + " decimal places");
            case DATE -> Nodes.type("string", "date-time").put("description", "A date, as its midnight UTC");
            case FILE -> Nodes.schemaRef(SharedComponents.FILE);
            default -> scalar(field);
        };
        addFacts(entity, field, schema);
        if (isEngineOwned(entity, field)) {
            schema.put("readOnly", true);
        }
        boolean key = field.name().equals(entity.primaryKey().field());
        return key || field.type() == FieldType.JSON ? schema : nullable(schema);
    }

    /** A field in a create or update body. */
    static ObjectNode write(Entity entity, Field field) {
        ObjectNode schema = switch (field.type()) {
            case DECIMAL -> Nodes.object().put("description", "A number, or its exact text (\"12.50\")")
                    .set("type", Nodes.strings(List.of("number", "string")));
            case DATE -> Nodes.type("string", "date");
            case FILE -> fileReference();
            default -> scalar(field);
        };
        addFacts(entity, field, schema);
        if (field.hasDefault()) {
            schema.set("default", Json.MAPPER.valueToTree(field.defaultValue()));
        }
        return field.required() || field.type() == FieldType.JSON ? schema : nullable(schema);
    }

    /** A value of {@code filter[field]} or {@code filter[field.op]} for a single-valued operator. */
    static ObjectNode filterValue(Field field) {
        return switch (field.type()) {
            case DECIMAL -> Nodes.type("number");
            case DATE -> Nodes.type("string", "date");
            default -> scalar(field);
        };
    }

    private static ObjectNode scalar(Field field) {
        ObjectNode schema = switch (field.type()) {
            case STRING, TEXT -> Nodes.type("string");
            case INT -> Nodes.type("integer", "int32");
            case BIGINT -> Nodes.type("integer", "int64");
            case FLOAT -> Nodes.type("number", "double");
            case DECIMAL -> Nodes.type("number");
            case BOOLEAN -> Nodes.type("boolean");
            case UUID -> Nodes.type("string", "uuid");
            case TIMESTAMP, DATE -> Nodes.type("string", "date-time");
            case JSON -> Nodes.object().put("description", "Any JSON value");
            case FILE -> Nodes.type("string", "uuid");
        };
        if (!field.enumValues().isEmpty()) {
            schema.set("enum", Nodes.strings(field.enumValues()));
        }
        return schema;
    }

    /** A file field takes a file id or the stored object; either becomes the file's own object. */
    private static ObjectNode fileReference() {
        ObjectNode schema = Nodes.object().put("description", "The id of an uploaded file, or its object");
        schema.set("oneOf", Nodes.array().add(Nodes.type("string", "uuid")).add(Nodes.schemaRef(SharedComponents.FILE)));
        return schema;
    }

    private static void addFacts(Entity entity, Field field, ObjectNode schema) {
        List<String> facts = new ArrayList<>();
        if (field.unique()) {
            facts.add("unique");
        }
        if (entity.slug() != null && field.name().equals(entity.slug().field())) {
            facts.add(entity.slug().source() == null ? "slug" : "slug, made from " + entity.slug().source()
                    + " when not sent");
        }
        switch (field.auto()) {
            case CREATE -> facts.add("set by the engine on create");
            case UPDATE -> facts.add("set by the engine on create and update");
            default -> {
            }
        }
        if (!facts.isEmpty()) {
            String known = schema.path("description").asText("");
            schema.put("description", (known.isEmpty() ? "" : known + "; ") + String.join("; ", facts));
        }
    }

    private static boolean isEngineOwned(Entity entity, Field field) {
        return field.isAuto() || field.name().equals(Entity.DELETED_AT)
                || (field.name().equals(entity.primaryKey().field()) && entity.primaryKey().generated());
    }

    /** The schema, or null: a type list gains "null" (and so does an enum); a reference becomes a oneOf. */
    private static ObjectNode nullable(ObjectNode schema) {
        if (schema.has("type") && schema.get("type").isTextual()) {
            schema.set("type", Nodes.strings(List.of(schema.get("type").asText(), "null")));
        } else if (schema.has("type")) {
            ((ArrayNode) schema.get("type")).add("null");
        } else {
            return Nodes.orNull(schema);
        }
        if (schema.has("enum")) {
            ((ArrayNode) schema.get("enum")).addNull();
        }
        return schema;
    }
}
