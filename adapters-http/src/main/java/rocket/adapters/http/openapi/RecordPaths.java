package rocket.adapters.http.openapi;

import static rocket.adapters.http.openapi.SharedComponents.failures;

import com.fasterxml.jackson.databind.node.ObjectNode;
import rocket.adapters.http.openapi.SharedComponents.Failure;
import rocket.application.records.port.in.ApiSurface;
import rocket.domain.metadata.Entity;

/** The record routes {@code /{entity}} and {@code /{entity}/{id}}: only the operations the caller may perform. */
final class RecordPaths {
    private RecordPaths() {
    }

    static void add(ApiSurface surface, Entity entity, ObjectNode paths) {
        String name = entity.name();
        ObjectNode collection = Nodes.object();
        if (surface.may(name, "read")) {
            collection.set("get", list(surface, entity));
        }
        if (surface.may(name, "create")) {
            collection.set("post", write("create", entity, EntitySchemas.create(name), "201", "Created", false));
        }
        if (!collection.isEmpty()) {
            paths.set("/" + name, collection);
        }
        ObjectNode item = Nodes.object();
        if (surface.may(name, "read")) {
            item.set("get", get(surface, entity));
        }
        if (surface.may(name, "update")) {
            item.set("put", write("update", entity, EntitySchemas.update(name), "200",
                    "Updated (only the keys sent change)", true));
        }
        if (surface.may(name, "delete")) {
            item.set("delete", delete(entity));
        }
        if (!item.isEmpty()) {
            item.set("parameters", Nodes.array().add(idParameter(entity)));
            paths.set("/" + name + "/{id}", item);
        }
    }

    private static ObjectNode list(ApiSurface surface, Entity entity) {
        ObjectNode body = Nodes.type("object");
        body.set("required", Nodes.strings(java.util.List.of("data", "meta")));
        body.set("properties", Nodes.object().<ObjectNode>set("data",
                Nodes.arrayOf(Nodes.schemaRef(EntitySchemas.read(entity.name()))))
                .set("meta", Nodes.schemaRef(SharedComponents.LIST_META)));
        ObjectNode ok = Nodes.jsonContent("A page of records", body);
        ok.set("headers", Nodes.object().<ObjectNode>set("ETag", header("Revalidation tag of this answer"))
                .set("Preference-Applied", header("The count preference applied, when not exact")));
        ObjectNode responses = Nodes.object();
        responses.set("200", ok);
        responses.set("304", Nodes.object().put("description", "Not modified (If-None-Match still holds)"));
        failures(responses, Failure.BAD_REQUEST, Failure.UNAUTHORIZED, Failure.FORBIDDEN, Failure.NOT_FOUND);
        ObjectNode operation = operation("list", entity, "List " + entity.name() + " records");
        operation.set("parameters", QueryParameters.list(surface, entity));
        operation.set("responses", responses);
        return operation;
    }

    private static ObjectNode get(ApiSurface surface, Entity entity) {
        ObjectNode ok = data("The record", EntitySchemas.read(entity.name()));
        ok.set("headers", Nodes.object().set("ETag", header("Revalidation tag of this answer: without include the "
                + "record's strong version (If-Match takes it), with include a weak tag")));
        ObjectNode responses = Nodes.object();
        responses.set("200", ok);
        responses.set("304", Nodes.object().put("description", "Not modified (If-None-Match still holds)"));
        failures(responses, Failure.UNAUTHORIZED, Failure.FORBIDDEN, Failure.NOT_FOUND);
        ObjectNode operation = operation("get", entity, "Read one " + entity.name() + " by key or slug");
        operation.set("parameters", QueryParameters.get(surface, entity));
        operation.set("responses", responses);
        return operation;
    }

    private static ObjectNode write(String action, Entity entity, String bodySchema, String status, String what,
                                    boolean conditional) {
        ObjectNode written = data(what, entity.name());
        written.set("headers", Nodes.object().set("ETag", header("The record's strong version, for If-Match")));
        ObjectNode responses = Nodes.object();
        responses.set(status, written);
        failures(responses, Failure.BAD_REQUEST, Failure.UNAUTHORIZED, Failure.FORBIDDEN, Failure.NOT_FOUND,
                Failure.CONFLICT, Failure.VALIDATION_FAILED);
        ObjectNode operation = operation(action, entity, action.substring(0, 1).toUpperCase(java.util.Locale.ROOT)
                + action.substring(1) + " a " + entity.name() + "; relations may be written nested, in one transaction");
        if (conditional) {
            conditional(operation, responses);
        }
        ObjectNode body = Nodes.jsonContent("The record's fields and nested writes", Nodes.schemaRef(bodySchema));
        operation.set("requestBody", body.put("required", true));
        operation.set("responses", responses);
        return operation;
    }

    private static ObjectNode delete(Entity entity) {
        ObjectNode deleted = Nodes.type("object");
        deleted.set("required", Nodes.array().add("id"));
        deleted.set("properties", Nodes.object().set("id", Nodes.type("string")));
        ObjectNode responses = Nodes.object();
        responses.set("200", Nodes.jsonContent(entity.softDelete() ? "Soft-deleted (deleted_at is set)" : "Deleted",
                Nodes.envelope("data", deleted)));
        failures(responses, Failure.UNAUTHORIZED, Failure.FORBIDDEN, Failure.NOT_FOUND, Failure.CONFLICT);
        ObjectNode operation = operation("delete", entity, "Delete a " + entity.name()
                + (entity.softDelete() ? " (soft delete)" : "") + "; relations cascade as defined");
        conditional(operation, responses);
        operation.set("responses", responses);
        return operation;
    }

    /** An update or delete may name the versions it replaces; any other is a 412 that writes nothing. */
    private static void conditional(ObjectNode operation, ObjectNode responses) {
        operation.set("parameters", QueryParameters.conditionalWrite());
        failures(responses, Failure.PRECONDITION_FAILED);
    }

    private static ObjectNode idParameter(Entity entity) {
        String slug = entity.slug() == null ? "" : " or its slug (" + entity.slug().field() + ")";
        ObjectNode parameter = Nodes.object().put("name", "id").put("in", "path").put("required", true)
                .put("description", "The record's key (" + entity.primaryKey().field() + ")" + slug);
        parameter.set("schema", Nodes.type("string"));
        return parameter;
    }

    private static ObjectNode operation(String verb, Entity entity, String summary) {
        ObjectNode operation = Nodes.object().put("operationId", verb + "_" + entity.name()).put("summary", summary);
        operation.set("tags", Nodes.array().add(entity.name()));
        return operation;
    }

    private static ObjectNode data(String description, String schema) {
        return Nodes.jsonContent(description, Nodes.envelope("data", Nodes.schemaRef(schema)));
    }

    private static ObjectNode header(String description) {
        ObjectNode header = Nodes.object().put("description", description);
        header.set("schema", Nodes.type("string"));
        return header;
    }
}
