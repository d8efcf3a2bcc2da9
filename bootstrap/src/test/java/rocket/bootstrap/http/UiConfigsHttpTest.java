package rocket.bootstrap.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UiConfigsHttpTest {
    private final Api api = TestServer.shared();
    private final String app = api.createApp("ui", driver());
    private final String admin = api.appAdminToken(app);
    private final String base = "/api/" + app + "/_admin/ui-configs";

    /** The db_driver of every app this test creates; {@link SqliteUiConfigsHttpTest} runs it on SQLite apps. */
    String driver() {
        return "postgres";
    }

    @Test
    void adminCrudRoundTripsTheConfigAsAnObject() {
        Map<String, Object> config = Map.of("dashboard", Map.of("title", "Home", "widgets", List.of(Map.of("type", "stat"))));
        Api.Response created = api.post(base, admin, Map.of("entity", "_app", "config", config));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().at("/data/scope").asText()).isEqualTo("default");
        assertThat(created.json().at("/data/config/dashboard/title").asText()).isEqualTo("Home");
        String id = created.json().at("/data/id").asText();

        Api.Response updated = api.put(base + "/" + id, admin, Map.of("entity", "_app", "config", Map.of("x", 1)));
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.json().at("/data/config/x").asInt()).isEqualTo(1);
        assertThat(api.get(base + "/" + id, admin).json().at("/data/config/x").asInt()).isEqualTo(1);
        assertThat(api.get(base, admin).json().get("data")).hasSize(1);

        assertThat(api.delete(base + "/" + id, admin).json().at("/data/deleted").asBoolean()).isTrue();
        assertThat(api.get(base + "/" + id, admin).status()).isEqualTo(404);
    }

    @Test
    void duplicateEntityAndScopeIs409AndUnknownEntityIs422() {
        assertThat(api.post(base, admin, Map.of("entity", "_nav", "scope", "mobile")).status()).isEqualTo(201);
        Api.Response duplicate = api.post(base, admin, Map.of("entity", "_nav", "scope", "mobile"));
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.json().at("/error/message").asText())
                .isEqualTo("UI config already exists for entity _nav scope mobile");
        Api.Response unknown = api.post(base, admin, Map.of("entity", "ghost"));
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.json().at("/error/message").asText()).isEqualTo("entity not found: ghost");
        assertThat(api.post(base, admin, Map.of()).json().at("/error/message").asText()).isEqualTo("entity is required");
        assertThat(api.post(base, admin, Map.of("entity", "_x", "config", "text")).status()).isEqualTo(422);
    }

    @Test
    void anyAppUserReadsOnlyTheDefaultScopeAndAMissingConfigIsNull() {
        api.post(base, admin, Map.of("entity", "_app", "config", Map.of("theme", "dark")));
        api.post(base, admin, Map.of("entity", "_app", "scope", "admin", "config", Map.of("theme", "light")));
        api.post("/api/" + app + "/_admin/users", admin, Map.of("email", "viewer@example.com", "password", "p"));
        String viewer = api.post("/api/" + app + "/auth/login", null,
                Map.of("email", "viewer@example.com", "password", "p")).json().at("/data/access_token").asText();

        Api.Response all = api.get("/api/" + app + "/_ui/configs", viewer);
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.json().get("data")).hasSize(1);
        assertThat(all.json().at("/data/0/config/theme").asText()).isEqualTo("dark");
        assertThat(api.get("/api/" + app + "/_ui/config/_app", viewer).json().at("/data/config/theme").asText())
                .isEqualTo("dark");
        Api.Response none = api.get("/api/" + app + "/_ui/config/nothing", viewer);
        assertThat(none.status()).isEqualTo(200);
        assertThat(none.json().get("data").isNull()).isTrue();
        assertThat(api.get(base, viewer).status()).isEqualTo(403);
        assertThat(api.get("/api/" + app + "/_ui/configs", null).status()).isEqualTo(401);
    }
}
