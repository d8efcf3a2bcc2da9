package rocket.bootstrap.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code GET /api/{app}/_openapi.json}: valid OpenAPI 3.1, generated from the current metadata, per caller. */
class OpenApiHttpTest {
    private static final String POST = """
            {"name": "post", "table": "posts", "soft_delete": true,
             "primary_key": {"field": "id", "type": "uuid", "generated": true},
             "slug": {"field": "slug", "source": "title"},
             "fields": [
               {"name": "id", "type": "uuid"},
               {"name": "title", "type": "string", "required": true},
               {"name": "slug", "type": "string", "unique": true},
               {"name": "status", "type": "string", "default": "draft", "enum": ["draft", "published"]},
               {"name": "price", "type": "decimal", "precision": 2},
               {"name": "views", "type": "bigint"},
               {"name": "cover", "type": "file"},
               {"name": "meta", "type": "json"},
               {"name": "created_at", "type": "timestamp", "auto": "create"}]}""";
    private static final String COMMENT = """
            {"name": "comment", "table": "comments",
             "primary_key": {"field": "id", "type": "uuid", "generated": true},
             "fields": [{"name": "id", "type": "uuid"}, {"name": "post_id", "type": "uuid", "required": true},
                        {"name": "body", "type": "text", "required": true}]}""";
    private static final String COMMENTS = """
            {"name": "comments", "type": "one_to_many", "source": "post", "target": "comment",
             "target_key": "post_id", "on_delete": "cascade"}""";

    private final Api api = TestServer.shared();
    private final String app = api.createApp("openapi");
    private final String admin = api.platformToken();

    OpenApiHttpTest() {
        api.post("/api/" + app + "/_admin/entities", admin, POST).created();
        api.post("/api/" + app + "/_admin/entities", admin, COMMENT).created();
        api.post("/api/" + app + "/_admin/relations", admin, COMMENTS).created();
    }

    private Api.Response document(String token) {
        return api.get("/api/" + app + "/_openapi.json", token);
    }

    @Test
    void theDocumentIsValidOpenApi31AndDescribesTheEntities() {
        Api.Response response = document(admin);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(OpenApiSchema.violations(response.body())).isEmpty();
        JsonNode doc = response.json();
        assertThat(doc.get("openapi").asText()).isEqualTo("3.1.0");
        assertThat(doc.at("/servers/0/url").asText()).isEqualTo("/api/" + app);

        JsonNode post = doc.at("/components/schemas/post/properties");
        assertThat(post.at("/created_at/format").asText()).isEqualTo("date-time");
        assertThat(post.at("/created_at/readOnly").asBoolean()).isTrue();
        assertThat(post.at("/views/format").asText()).isEqualTo("int64");
        assertThat(post.at("/price/format").asText()).isEqualTo("decimal");
        assertThat(post.at("/id/format").asText()).isEqualTo("uuid");
        assertThat(post.has("deleted_at")).as("soft delete adds deleted_at").isTrue();
        JsonNode create = doc.at("/components/schemas/post.create");
        assertThat(create.get("required")).extracting(JsonNode::asText).containsExactly("title");
        assertThat(create.at("/properties/status/enum")).extracting(JsonNode::asText)
                .containsExactly("draft", "published", "null");
        assertThat(create.at("/properties/status/default").asText()).isEqualTo("draft");
        assertThat(create.get("properties").has("id")).as("a generated key is not written").isFalse();
        assertThat(create.get("properties").has("created_at")).as("auto timestamps are the engine's").isFalse();
        assertThat(create.at("/properties/comments/properties/data/items/$ref").asText())
                .isEqualTo("#/components/schemas/comment.child");
        assertThat(create.at("/additionalProperties").asBoolean(true)).isFalse();

        JsonNode list = doc.at("/paths/~1post/get");
        assertThat(parameter(list, "include").at("/schema/items/enum")).extracting(JsonNode::asText)
                .containsExactly("comments");
        JsonNode filters = parameter(list, "filter").at("/schema/properties");
        assertThat(filters.has("price.gte")).isTrue();
        assertThat(filters.has("title.ilike")).isTrue();
        assertThat(filters.has("price.like")).as("text operators need a text field").isFalse();
        assertThat(filters.has("meta")).as("JSON fields cannot be filtered").isFalse();
        assertThat(parameter(list, "sort").at("/schema/pattern").asText()).contains("created_at");
        assertThat(doc.at("/paths/~1comment~1{id}/delete/operationId").asText()).isEqualTo("delete_comment");
        assertThat(doc.at("/paths/~1auth~1login/post/security")).isEmpty();

        JsonNode error = doc.at("/components/schemas/Error/properties/error");
        assertThat(error.at("/properties/code/enum")).extracting(JsonNode::asText).contains("VALIDATION_FAILED");
        assertThat(error.get("required")).extracting(JsonNode::asText).containsExactly("code", "message");
        assertThat(doc.at("/paths/~1post/post/responses/422/$ref").asText())
                .isEqualTo("#/components/responses/ValidationFailed");
        assertThat(doc.at("/components/securitySchemes/bearer/scheme").asText()).isEqualTo("bearer");
    }

    @Test
    void addingAnEntityChangesTheDocument() {
        Api.Response first = document(admin);
        JsonNode before = first.json();
        assertThat(before.at("/paths").has("/tag")).isFalse();
        String etag = first.header("ETag");
        assertThat(etag).isEqualTo("\"" + before.at("/info/version").asText() + "\"");
        assertThat(revalidate(etag).status()).as("unchanged metadata").isEqualTo(304);

        api.post("/api/" + app + "/_admin/entities", admin, TestSchemas.uuidEntity("tag", "tags",
                Map.of("name", "label", "type", "string", "required", true))).created();

        Api.Response after = document(admin);
        assertThat(OpenApiSchema.violations(after.body())).isEmpty();
        assertThat(after.json().at("/paths").has("/tag")).isTrue();
        assertThat(after.json().at("/components/schemas/tag.create/required/0").asText()).isEqualTo("label");
        assertThat(after.json().at("/info/version").asText()).isNotEqualTo(before.at("/info/version").asText());
        assertThat(revalidate(etag).status()).as("an entity was added").isEqualTo(200);
    }

    @Test
    void aUserSeesOnlyTheOperationsItsRolesAllow() {
        String base = "/api/" + app;
        api.post(base + "/_admin/users", admin, Map.of("email", "reader@example.com", "password", "p",
                "roles", List.of("reader"))).created();
        api.post(base + "/_admin/permissions", admin, Map.of("entity", "post", "action", "read",
                "roles", List.of("reader"))).created();
        String reader = api.post(base + "/auth/login", null, Map.of("email", "reader@example.com", "password", "p"))
                .json().at("/data/access_token").asText();

        Api.Response response = document(reader);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(OpenApiSchema.violations(response.body())).isEmpty();
        JsonNode paths = response.json().get("paths");
        assertThat(paths.at("/~1post").has("get")).isTrue();
        assertThat(paths.at("/~1post").has("post")).as("no create permission").isFalse();
        assertThat(paths.has("/comment")).as("no permission on comment at all").isFalse();
        assertThat(response.json().at("/components/schemas").has("comment")).isFalse();
        assertThat(parameter(paths.at("/~1post/get"), "include")).as("comments cannot be read").isNull();
    }

    @Test
    void theDocumentNeedsAUserOfTheApp() {
        assertThat(document(null).status()).isEqualTo(401);
        assertThat(api.get("/api/no_such_app/_openapi.json", admin).errorCode()).isEqualTo("APP_NOT_FOUND");
    }

    @Test
    void theValidatorRefusesWhatIsNotOpenApi31() {
        assertThat(OpenApiSchema.violations("{\"openapi\": \"3.1.0\", \"info\": {\"title\": \"x\", \"version\": \"1\"},"
                + " \"paths\": {\"/a\": {\"get\": {\"responses\": {\"200\": {}}}}}}")).isNotEmpty();
        assertThat(OpenApiSchema.violations("{\"openapi\": \"3.1.0\", \"info\": {\"title\": \"x\", \"version\": \"1\"},"
                + " \"components\": {\"schemas\": {\"a\": {\"type\": \"nope\"}}}}")).isNotEmpty();
    }

    private Api.Response revalidate(String etag) {
        return api.send(api.builder("/api/" + app + "/_openapi.json", admin).header("If-None-Match", etag).GET());
    }

    private static JsonNode parameter(JsonNode operation, String name) {
        for (JsonNode parameter : operation.get("parameters")) {
            if (parameter.get("name").asText().equals(name)) {
                return parameter;
            }
        }
        return null;
    }
}
