package rocket.bootstrap.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Role names are plain ASCII: look-alikes of {@code admin} are refused wherever a role is saved. */
class RoleNamesHttpTest {
    private static final List<String> LOOK_ALIKES = List.of("admın", "ADMİN", "аdmin", "admin\u200b", "ａｄｍｉｎ");
    private final Api api = TestServer.shared();
    private final String app = api.createApp("roles", driver());
    private final String admin = api.appAdminToken(app);
    private final String base = "/api/" + app;

    private static void refused(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(422);
        assertThat(response.errorCode()).isEqualTo("VALIDATION_FAILED");
        assertThat(response.json().at("/error/message").asText()).startsWith("role names must be");
    }

    /** The apps' db_driver; {@link SqliteRoleNamesHttpTest} runs every test here on SQLite. */
    String driver() {
        return "postgres";
    }

    @Test
    void lookAlikeRolesAreRefusedOnUsersInvitesPermissionsTransitionsAndApprovals() {
        assertThat(api.post(base + "/_admin/entities", admin, TestSchemas.uuidEntity("item", "items",
                Map.of("name", "status", "type", "string"))).status()).isEqualTo(201);
        for (String role : LOOK_ALIKES) {
            List<String> roles = List.of(role);
            refused(api.post(base + "/_admin/users", admin, Map.of("email", "x@example.com", "password", "pw",
                    "roles", roles)));
            refused(api.post(base + "/_admin/invites", admin, Map.of("email", "x@example.com", "roles", roles)));
            refused(api.post(base + "/_admin/invites/bulk", admin, Map.of("emails", List.of("y@example.com"),
                    "roles", roles)));
            refused(api.post(base + "/_admin/permissions", admin, Map.of("entity", "item", "action", "read",
                    "roles", roles)));
            refused(api.post(base + "/_admin/state-machines", admin, Map.of("entity", "item", "field", "status",
                    "definition", Map.of("initial", "new", "transitions", List.of(Map.of("from", "new", "to", "done",
                            "roles", roles))))));
            refused(api.post(base + "/_admin/workflows", admin, Map.of("name", "w", "trigger", Map.of("type",
                    "state_change", "entity", "item", "field", "status", "to", "done"), "steps", List.of(Map.of(
                    "id", "a", "type", "approval", "assignee", Map.of("type", "role", "role", role))))));
        }
        assertThat(api.get(base + "/_admin/users", admin).json().get("data")).hasSize(1);
        assertThat(api.get(base + "/_admin/invites", admin).json().get("data")).isEmpty();
        assertThat(api.get(base + "/_admin/permissions", admin).json().get("data")).isEmpty();
    }

    @Test
    void asciiCaseIsFoldedWhenSavedSoAdminInCapitalsIsStillAdmin() {
        Api.Response created = api.post(base + "/_admin/users", admin, Map.of("email", "caps@example.com",
                "password", "pw", "roles", List.of(" ADMIN ", "Clerk", "clerk")));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().at("/data/roles").toString()).isEqualTo("[\"admin\",\"clerk\"]");
        String token = api.post(base + "/auth/login", null, Map.of("email", "caps@example.com", "password", "pw"))
                .json().at("/data/access_token").asText();
        assertThat(api.get(base + "/_admin/users", token).status()).isEqualTo(200);
    }
}
