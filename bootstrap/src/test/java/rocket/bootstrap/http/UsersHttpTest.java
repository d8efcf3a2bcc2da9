package rocket.bootstrap.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UsersHttpTest {
    private final Api api = TestServer.shared();
    private final String app = api.createApp("users", driver());
    private final String admin = api.appAdminToken(app);
    private final String base = "/api/" + app + "/_admin/users";

    private Api.Response login(String email, String password) {
        return api.post("/api/" + app + "/auth/login", null, Map.of("email", email, "password", password));
    }

    /** The apps' db_driver; {@link SqliteUsersHttpTest} runs every test here on SQLite. */
    String driver() {
        return "postgres";
    }

    @Test
    void createdUserCanLogInAndItsHashIsNeverReturned() {
        Api.Response created = api.post(base, admin,
                Map.of("email", "clerk@example.com", "password", "s3cret!", "roles", List.of("clerk")));
        assertThat(created.status()).isEqualTo(201);
        JsonNode user = created.json().get("data");
        assertThat(user.get("email").asText()).isEqualTo("clerk@example.com");
        assertThat(user.get("roles").get(0).asText()).isEqualTo("clerk");
        assertThat(user.get("active").asBoolean()).isTrue();
        assertThat(created.body()).doesNotContain("password").doesNotContain("$2a$");

        assertThat(api.get(base + "/" + user.get("id").asText(), admin).json().at("/data/email").asText())
                .isEqualTo("clerk@example.com");
        assertThat(login("clerk@example.com", "s3cret!").status()).isEqualTo(200);
    }

    @Test
    void missingEmailOrPasswordIs422AndDuplicateEmailIs409() {
        assertThat(api.post(base, admin, Map.of("password", "x")).json().at("/error/message").asText())
                .isEqualTo("email is required");
        assertThat(api.post(base, admin, Map.of("email", "a@b.c")).json().at("/error/message").asText())
                .isEqualTo("password is required");
        Api.Response duplicate = api.post(base, admin, Map.of("email", "admin@localhost", "password", "x"));
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.errorCode()).isEqualTo("CONFLICT");
    }

    @Test
    void updateWithoutPasswordOrActiveKeepsThemAndWithPasswordChangesIt() {
        String id = api.post(base, admin, Map.of("email", "u1@example.com", "password", "first", "active", true))
                .json().at("/data/id").asText();
        Api.Response renamed = api.put(base + "/" + id, admin, Map.of("email", "u1@example.com",
                "roles", List.of("editor")));
        assertThat(renamed.status()).isEqualTo(200);
        assertThat(renamed.json().at("/data/active").asBoolean()).isTrue();
        assertThat(renamed.json().at("/data/roles/0").asText()).isEqualTo("editor");
        assertThat(login("u1@example.com", "first").status()).isEqualTo(200);

        api.put(base + "/" + id, admin, Map.of("email", "u1@example.com", "password", "second"));
        assertThat(login("u1@example.com", "first").status()).isEqualTo(401);
        assertThat(login("u1@example.com", "second").status()).isEqualTo(200);

        api.put(base + "/" + id, admin, Map.of("email", "u1@example.com", "active", false));
        Api.Response disabled = login("u1@example.com", "second");
        assertThat(disabled.status()).isEqualTo(401);
        assertThat(disabled.json().at("/error/message").asText()).isEqualTo("Account is disabled");
    }

    @Test
    void updateToAnotherUsersEmailIs409() {
        String id = api.post(base, admin, Map.of("email", "u2@example.com", "password", "p")).json().at("/data/id")
                .asText();
        Api.Response response = api.put(base + "/" + id, admin, Map.of("email", "admin@localhost"));
        assertThat(response.status()).isEqualTo(409);
    }

    @Test
    void deletedUserIsGoneAndUnknownOrMalformedIdsAre404() {
        String id = api.post(base, admin, Map.of("email", "u3@example.com", "password", "p")).json().at("/data/id")
                .asText();
        Api.Response deleted = api.delete(base + "/" + id, admin);
        assertThat(deleted.status()).isEqualTo(200);
        assertThat(deleted.json().at("/data/id").asText()).isEqualTo(id);
        assertThat(deleted.json().at("/data/deleted").asBoolean()).isTrue();
        assertThat(api.get(base + "/" + id, admin).status()).isEqualTo(404);
        assertThat(api.delete(base + "/" + id, admin).status()).isEqualTo(404);
        Api.Response malformed = api.get(base + "/not-a-uuid", admin);
        assertThat(malformed.status()).isEqualTo(404);
        assertThat(malformed.json().at("/error/message").asText()).isEqualTo("User not found: not-a-uuid");
    }

    @Test
    void nonAdminUserIsForbiddenOnAdminRoutes() {
        api.post(base, admin, Map.of("email", "plain@example.com", "password", "p", "roles", List.of("clerk")));
        String clerk = login("plain@example.com", "p").json().at("/data/access_token").asText();
        Api.Response response = api.get(base, clerk);
        assertThat(response.status()).isEqualTo(403);
        assertThat(response.json().at("/error/message").asText()).isEqualTo("Admin access required");
    }

    @Test
    void rolesOfTheWrongTypeAre422() {
        Api.Response response = api.post(base, admin, Map.of("email", "r@example.com", "password", "p", "roles", "admin"));
        assertThat(response.status()).isEqualTo(422);
    }
}
