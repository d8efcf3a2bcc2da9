package rocket.adapters.http.openapi;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;

/** Small builders for the JSON tree of the document. */
final class Nodes {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Nodes() {
    }

    static ObjectNode object() {
        return NODES.objectNode();
    }

    static ArrayNode array() {
        return NODES.arrayNode();
    }

    static ArrayNode strings(Collection<String> values) {
        ArrayNode array = array();
        values.forEach(array::add);
        return array;
    }

    static ObjectNode type(String type) {
        return object().put("type", type);
    }

    static ObjectNode type(String type, String format) {
        return type(type).put("format", format);
    }

    /** {@code {"$ref": "#/components/schemas/<name>"}}. */
    static ObjectNode schemaRef(String name) {
        return object().put("$ref", "#/components/schemas/" + name);
    }

    static ObjectNode responseRef(String name) {
        return object().put("$ref", "#/components/responses/" + name);
    }

    static ObjectNode arrayOf(ObjectNode items) {
        ObjectNode array = type("array");
        array.set("items", items);
        return array;
    }

    /** The schema, or JSON null. */
    static ObjectNode orNull(ObjectNode schema) {
        ObjectNode either = object();
        either.set("oneOf", array().add(schema).add(type("null")));
        return either;
    }

    /** {@code {"type":"object","required":[names],"properties":{name: schema}}} for the contract's envelopes. */
    static ObjectNode envelope(String name, ObjectNode schema) {
        ObjectNode envelope = type("object");
        envelope.set("required", array().add(name));
        envelope.set("properties", object().set(name, schema));
        return envelope;
    }

    /** A JSON body: {@code {"content":{"application/json":{"schema": schema}}}} with a description. */
    static ObjectNode jsonContent(String description, ObjectNode schema) {
        ObjectNode body = object().put("description", description);
        body.set("content", object().set("application/json", object().set("schema", schema)));
        return body;
    }

    /** An object schema with these required properties, from name/schema pairs. */
    static ObjectNode objectSchema(java.util.List<String> required, Object... namesAndSchemas) {
        ObjectNode properties = object();
        for (int i = 0; i < namesAndSchemas.length; i += 2) {
            properties.set((String) namesAndSchemas[i], (ObjectNode) namesAndSchemas[i + 1]);
        }
        ObjectNode schema = type("object");
        schema.set("required", strings(required));
        schema.set("properties", properties);
        return schema;
    }
}
