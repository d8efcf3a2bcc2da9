package rocket.domain.metadata;

import java.util.List;
import java.util.Map;

/** Small example schemas for domain tests: a blog post with comments and tags. */
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
}
