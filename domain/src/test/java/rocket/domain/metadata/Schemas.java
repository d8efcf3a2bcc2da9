package rocket.domain.metadata;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Example schemas for domain tests: a small blog, and the reference exports under {@code /examples}. */
public final class Schemas {
    private Schemas() {
    }

    public static Entity post() {
        return EntityDefinitions.parse(Map.of("name", "post", "table", "posts", "soft_delete", true,
                "primary_key", Map.of("field", "id", "type", "uuid", "generated", true),
                "slug", Map.of("field", "slug", "source", "title"),
                "fields", List.of(
                        Map.of("name", "id", "type", "uuid"),
                        Map.of("name", "title", "type", "string", "required", true),
                        Map.of("name", "slug", "type", "string", "unique", true),
                        Map.of("name", "status", "type", "string", "enum", List.of("draft", "published")),
                        Map.of("name", "views", "type", "int"),
                        Map.of("name", "price", "type", "decimal", "precision", 2),
                        Map.of("name", "published_on", "type", "date"),
                        Map.of("name", "meta", "type", "json"))));
    }

    public static Entity comment() {
        return EntityDefinitions.parse(Map.of("name", "comment", "table", "comments",
                "primary_key", Map.of("field", "id", "type", "uuid", "generated", true),
                "fields", List.of(Map.of("name", "id", "type", "uuid"), Map.of("name", "post_id", "type", "uuid"),
                        Map.of("name", "body", "type", "text"))));
    }

    public static AppMetadata blog() {
        AppMetadata entities = new AppMetadata(List.of(post(), comment()), List.of());
        Relation comments = RelationDefinitions.parse(Map.of("name", "post_comments", "type", "one_to_many",
                "source", "post", "target", "comment", "target_key", "post_id"), entities);
        return new AppMetadata(List.of(post(), comment()), List.of(comments));
    }

    /** The raw export document of a reference example, e.g. {@code content-management}. */
    public static Map<String, Object> exampleDocument(String name) {
        return Json.resource("/examples/" + name + ".json");
    }

    /** A reference example's entities and relations, parsed the way the admin API parses them (entities first). */
    @SuppressWarnings("unchecked")
    public static AppMetadata example(String name) {
        Map<String, Object> document = exampleDocument(name);
        List<Entity> entities = new ArrayList<>();
        for (Object raw : (List<Object>) document.get("entities")) {
            entities.add(EntityDefinitions.parse((Map<String, Object>) raw));
        }
        AppMetadata withEntities = new AppMetadata(entities, List.of());
        List<Relation> relations = new ArrayList<>();
        for (Object raw : (List<Object>) document.get("relations")) {
            relations.add(RelationDefinitions.parse((Map<String, Object>) raw, withEntities));
        }
        return new AppMetadata(entities, relations);
    }
}
