package rocket.bootstrap.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import rocket.bootstrap.RocketServer;

/** An app created with db_driver sqlite lives in one file under the data directory, through writes and restarts. */
class SqliteAppsHttpTest {
    @Test
    void aSqliteAppKeepsEntitiesRelationsAndRecordsInItsFileAcrossARestart() {
        Path dataDir = TestServer.tempDir();
        String app;
        String postId;
        try (RocketServer first = TestServer.start(dataDir, Map.of())) {
            Api api = new Api(first.port());
            app = api.createApp("lite", "sqlite");
            Path file = dataDir.resolve("apps/rocket_" + app + ".sqlite");
            assertThat(file).isRegularFile();
            JsonNode listed = api.get("/api/_platform/apps/" + app, api.platformToken()).json().get("data");
            assertThat(listed.get("db_driver").asText()).isEqualTo("sqlite");

            String admin = api.appAdminToken(app);
            String base = "/api/" + app;
            created(api.post(base + "/_admin/entities", admin, MetadataAdminHttpTest.post()));
            created(api.post(base + "/_admin/entities", admin, Map.of("name", "comment", "table", "comments",
                    "primary_key", Map.of("field", "id", "type", "uuid", "generated", true),
                    "fields", List.of(Map.of("name", "id", "type", "uuid"), Map.of("name", "post_id", "type", "uuid"),
                            Map.of("name", "body", "type", "text", "required", true)))));
            created(api.post(base + "/_admin/relations", admin, Map.of("name", "comments", "type", "one_to_many",
                    "source", "post", "target", "comment", "target_key", "post_id", "on_delete", "cascade")));

            postId = created(api.post(base + "/post", admin, Map.of("title", "On SQLite", "views", 3)))
                    .get("id").asText();
            created(api.post(base + "/post", admin, Map.of("title", "Other", "views", 1)));
            String commentId = created(api.post(base + "/comment", admin, Map.of("post_id", postId, "body", "first")))
                    .get("id").asText();
            created(api.post(base + "/comment", admin, Map.of("post_id", postId, "body", "second")));

            JsonNode page = api.get(base + "/post?filter[views.gte]=2&include=comments", admin).json();
            assertThat(page.at("/meta/total").asInt()).isEqualTo(1);
            assertThat(page.at("/data/0/comments").findValuesAsText("body")).containsExactlyInAnyOrder("first", "second");

            Api.Response updated = api.put(base + "/post/" + postId, admin, Map.of("title", "Still on SQLite"));
            assertThat(updated.status()).as(updated.body()).isEqualTo(200);
            assertThat(api.delete(base + "/comment/" + commentId, admin).status()).isEqualTo(200);

            JsonNode apps = api.get("/api/_platform/apps", api.platformToken()).json().get("data");
            assertThat(apps.findValues("name").stream().map(JsonNode::asText)).contains(app);
            apps.forEach(a -> {
                if (a.get("name").asText().equals(app)) {
                    assertThat(a.get("db_driver").asText()).isEqualTo("sqlite");
                }
            });
        }
        try (RocketServer second = TestServer.start(dataDir, Map.of())) {
            Api api = new Api(second.port());
            String admin = api.appAdminToken(app);
            JsonNode post = api.get("/api/" + app + "/post/" + postId + "?include=comments", admin).json().get("data");
            assertThat(post.get("title").asText()).isEqualTo("Still on SQLite");
            assertThat(post.get("comments").findValuesAsText("body")).containsExactly("second");

            assertThat(api.delete("/api/_platform/apps/" + app, api.platformToken()).status()).isEqualTo(200);
            assertThat(dataDir.resolve("apps/rocket_" + app + ".sqlite")).doesNotExist();
        }
    }

    private static JsonNode created(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("data");
    }

    @Test
    void aSecondServerOnTheSamePostgresAnswers503ForASqliteAppItDoesNotHold() {
        try (rocket.bootstrap.database.EmbeddedDatabase database = TestServer.externalDatabase()) {
            Map<String, String> env = TestServer.onDatabase(database, Map.of());
            try (RocketServer first = TestServer.start(TestServer.tempDir(), env);
                 RocketServer second = TestServer.start(TestServer.tempDir(), env)) {
                String app = new Api(first.port()).createApp("held", "sqlite");

                Api.Response elsewhere = new Api(second.port()).post("/api/" + app + "/auth/login", null,
                        Map.of("email", "admin@localhost", "password", "changeme"));

                assertThat(elsewhere.status()).as(elsewhere.body()).isEqualTo(503);
                assertThat(elsewhere.errorCode()).isEqualTo("SERVICE_UNAVAILABLE");
                assertThat(elsewhere.json().at("/error/message").asText())
                        .contains("served by the server that created it");
            }
        }
    }
}
