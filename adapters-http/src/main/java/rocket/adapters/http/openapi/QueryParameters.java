package rocket.adapters.http.openapi;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.stream.Collectors;
import rocket.application.records.port.in.ApiSurface;
import rocket.domain.metadata.Entity;
import rocket.domain.metadata.Field;
import rocket.domain.metadata.FieldType;
import rocket.domain.query.FilterOperator;
import rocket.domain.query.ListQuery;

/**
 * The query language of a list as parameters: filter, sort, page, per_page, cursor, include, and the count
 * preference; the conditional headers of reads and writes.
 */
final class QueryParameters {
    private QueryParameters() {
    }

    static ArrayNode list(ApiSurface surface, Entity entity) {
        ArrayNode parameters = Nodes.array();
        parameters.add(filter(entity));
        parameters.add(query("sort", sort(entity), "Comma-separated fields, each ascending or, with a leading -, "
                + "descending"));
        parameters.add(query("page", Nodes.type("integer").put("minimum", 1).put("default", 1), "Page number"));
        parameters.add(query("per_page", Nodes.type("integer").put("minimum", 1).put("maximum", ListQuery.MAX_PER_PAGE)
                .put("default", ListQuery.DEFAULT_PER_PAGE), "Page size (above the maximum counts as the maximum)"));
        parameters.add(query("cursor", Nodes.type("string"), "Keyset paging instead of page: empty for the first "
                + "page, then the meta.next_cursor of the page before (with the same filter, sort and per_page)"));
        include(surface, entity).ifPresent(parameters::add);
        ObjectNode prefer = Nodes.type("string");
        prefer.set("enum", Nodes.strings(List.of("count=exact", "count=planned", "count=none")));
        parameters.add(header("Prefer", prefer, "How meta.total is counted: exactly (the default for pages by "
                + "number), as the planner's estimate, or not at all (the default for cursor pages)"));
        parameters.add(ifNoneMatch());
        return parameters;
    }

    static ArrayNode get(ApiSurface surface, Entity entity) {
        ArrayNode parameters = Nodes.array();
        include(surface, entity).ifPresent(include -> parameters.add(include.put("description",
                "Relations to include; names that do not apply are left out")));
        parameters.add(ifNoneMatch());
        return parameters;
    }

    /**
     * {@code filter[field]=v} and {@code filter[field.op]=v} as one deepObject parameter whose properties are every
     * accepted key: declared fields other than JSON and file fields, text operators on text fields only.
     */
    private static ObjectNode filter(Entity entity) {
        ObjectNode properties = Nodes.object();
        for (Field field : entity.fields()) {
            if (field.type() == FieldType.JSON || field.type() == FieldType.FILE) {
                continue;
            }
            properties.set(field.name(), FieldSchemas.filterValue(field));
            for (FilterOperator op : FilterOperator.ofLanguage()) {
                if (op.matchesText() && !field.type().isTextual()) {
                    continue;
                }
                properties.set(field.name() + "." + op.wireName(), op.takesList()
                        ? Nodes.type("string").put("description", "Comma-separated values")
                        : op.matchesText() ? Nodes.type("string") : FieldSchemas.filterValue(field));
            }
        }
        ObjectNode schema = Nodes.type("object");
        schema.set("properties", properties);
        schema.put("additionalProperties", false);
        ObjectNode parameter = query("filter", schema, "filter[field]=v is field = v; filter[field.op]=v applies op "
                + "(like/ilike take a pattern, contains/starts_with/ends_with literal text)");
        return parameter.put("style", "deepObject").put("explode", true);
    }

    private static ObjectNode sort(Entity entity) {
        String names = entity.readableFields().stream().map(Field::name).collect(Collectors.joining("|"));
        return Nodes.type("string").put("pattern", "^-?(" + names + ")(,-?(" + names + "))*$");
    }

    private static java.util.Optional<ObjectNode> include(ApiSurface surface, Entity entity) {
        List<String> names = Links.includes(surface, entity.name()).stream().map(Links.Link::name).toList();
        if (names.isEmpty()) {
            return java.util.Optional.empty();
        }
        ObjectNode item = Nodes.type("string");
        item.set("enum", Nodes.strings(names));
        return java.util.Optional.of(query("include", Nodes.arrayOf(item), "Related records to include")
                .put("style", "form").put("explode", false));
    }

    /** The parameters of an update or delete: the versions of the record it may replace. */
    static ArrayNode conditionalWrite() {
        return Nodes.array().add(header("If-Match", Nodes.type("string"), "Strong ETags of the record, or *: the "
                + "write happens only while the record is at one of them"));
    }

    private static ObjectNode ifNoneMatch() {
        return header("If-None-Match", Nodes.type("string"), "An ETag of an earlier answer: 304 when it still holds");
    }

    private static ObjectNode query(String name, ObjectNode schema, String description) {
        return parameter(name, "query", schema, description);
    }

    private static ObjectNode header(String name, ObjectNode schema, String description) {
        return parameter(name, "header", schema, description);
    }

    private static ObjectNode parameter(String name, String in, ObjectNode schema, String description) {
        ObjectNode parameter = Nodes.object().put("name", name).put("in", in).put("description", description);
        parameter.set("schema", schema);
        return parameter;
    }
}
