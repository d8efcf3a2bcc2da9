package rocket.adapters.http.openapi;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import rocket.application.records.port.in.ApiSurface;
import rocket.domain.metadata.Entity;
import rocket.domain.metadata.Field;
import rocket.domain.metadata.WriteMode;
import rocket.domain.write.WritePayloads;

/**
 * The component schemas of one entity: {@code <e>} (a record), {@code <e>.read} (a record with the includes it may
 * carry), {@code <e>.create} and {@code <e>.update} (bodies), {@code <e>.child} (a nested-write child) and
 * {@code <e>.link} (a many-to-many child).
 */
final class EntitySchemas {
    private EntitySchemas() {
    }

    static String read(String entity) {
        return entity + ".read";
    }

    static String create(String entity) {
        return entity + ".create";
    }

    static String update(String entity) {
        return entity + ".update";
    }

    static void add(ApiSurface surface, Entity entity, ObjectNode schemas) {
        schemas.set(entity.name(), record(entity));
        schemas.set(read(entity.name()), withIncludes(surface, entity));
        if (surface.may(entity.name(), "create")) {
            schemas.set(create(entity.name()), body(surface, entity, WritePayloads.writableFields(entity, true),
                    WritePayloads.mustSend(entity, null)));
        }
        if (surface.may(entity.name(), "update")) {
            schemas.set(update(entity.name()), body(surface, entity, WritePayloads.writableFields(entity, false),
                    List.of()));
        }
        schemas.set(entity.name() + ".child", child(surface, entity));
        schemas.set(entity.name() + ".link", link(entity));
    }

    /** A record as answers carry it: every column, always present (null when it has no value). */
    private static ObjectNode record(Entity entity) {
        ObjectNode properties = Nodes.object();
        entity.readableFields().forEach(f -> properties.set(f.name(), FieldSchemas.read(entity, f)));
        ObjectNode schema = Nodes.type("object");
        schema.set("required", Nodes.strings(entity.readableFields().stream().map(Field::name).toList()));
        schema.set("properties", properties);
        return schema;
    }

    /** A record plus the includes asked for, each under its include name. */
    private static ObjectNode withIncludes(ApiSurface surface, Entity entity) {
        ObjectNode properties = Nodes.object();
        for (Links.Link link : Links.includes(surface, entity.name())) {
            ObjectNode other = Nodes.schemaRef(link.other());
            properties.set(link.name(), link.many() ? Nodes.arrayOf(other) : Nodes.orNull(other));
        }
        ObjectNode schema = Nodes.object();
        schema.set("allOf", Nodes.array().add(Nodes.schemaRef(entity.name())));
        if (!properties.isEmpty()) {
            schema.set("properties", properties);
        }
        return schema;
    }

    /** A top-level body: the fields it may set, the relations it may write nested; unknown keys are a 422. */
    private static ObjectNode body(ApiSurface surface, Entity entity, List<Field> fields, List<Field> required) {
        ObjectNode properties = Nodes.object();
        fields.forEach(f -> properties.set(f.name(), FieldSchemas.write(entity, f)));
        addNestedWrites(surface, entity, properties);
        ObjectNode schema = Nodes.type("object");
        if (!required.isEmpty()) {
            schema.set("required", Nodes.strings(required.stream().map(Field::name).toList()));
        }
        schema.set("properties", properties);
        schema.put("additionalProperties", false);
        return schema;
    }

    /**
     * A child of a nested write: with its key it updates (or with {@code _delete} deletes) a current child, without
     * one it is inserted (then the fields a create needs are required, except the key the parent fills).
     */
    private static ObjectNode child(ApiSurface surface, Entity entity) {
        ObjectNode properties = Nodes.object();
        entity.fields().stream().filter(f -> !f.isAuto())
                .forEach(f -> properties.set(f.name(), FieldSchemas.write(entity, f)));
        properties.set("_delete", Nodes.type("boolean").put("description", "Deletes the child named by its key"));
        addNestedWrites(surface, entity, properties);
        ObjectNode schema = Nodes.type("object");
        schema.set("properties", properties);
        schema.put("additionalProperties", false);
        return schema;
    }

    /** A many-to-many child names the target to link (or, with {@code _delete}, to unlink) by its key. */
    private static ObjectNode link(Entity entity) {
        ObjectNode properties = Nodes.object();
        properties.set("id", FieldSchemas.filterValue(entity.pkField()));
        properties.set("_delete", Nodes.type("boolean").put("description", "Unlinks the target"));
        ObjectNode schema = Nodes.type("object");
        schema.set("properties", properties);
        return schema;
    }

    private static void addNestedWrites(ApiSurface surface, Entity entity, ObjectNode properties) {
        for (Links.Link link : Links.nestedWrites(surface, entity.name())) {
            String item = link.other() + (link.linked().relation().manyToMany() ? ".link" : ".child");
            ObjectNode write = Nodes.type("object");
            write.set("required", Nodes.array().add("data"));
            ObjectNode fields = Nodes.object();
            fields.set("_write_mode", Nodes.type("string").put("default",
                    link.linked().relation().writeMode().wireName())
                    .set("enum", Nodes.strings(java.util.Arrays.stream(WriteMode.values())
                            .map(WriteMode::wireName).toList())));
            fields.set("data", Nodes.arrayOf(Nodes.schemaRef(item)));
            write.set("properties", fields);
            write.put("description", "Nested write of the " + link.linked().relation().type().wireName() + " relation "
                    + link.name() + " to " + link.other());
            properties.set(link.name(), write);
        }
    }
}
