package rocket.bootstrap.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Access tokens follow their account: disabled, deleted or demoted, the user's token stops working at once. */
class AccountStateHttpTest {
    private static final String STALE = "Token no longer valid: the account was disabled, deleted or changed; log in again";
    private final Api api = TestServer.shared();
    private final String app = api.createApp("accounts", driver());
    private final String admin = api.appAdminToken(app);
    private final String base = "/api/" + app;

    private String user(String email, List<String> roles) {
        Api.Response created = api.post(base + "/_admin/users", admin, Map.of("email", email, "password", "pw",
                "roles", roles));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().at("/data/id").asText();
    }

    private String login(String email) {
        return api.post(base + "/auth/login", null, Map.of("email", email, "password", "pw")).json()
                .at("/data/access_token").asText();
    }

    private int reach(String token) {
        return api.get(base + "/_ui/configs", token).status();
    }

    private void assertStale(String token) {
        Api.Response response = api.get(base + "/_ui/configs", token);
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.errorCode()).isEqualTo("UNAUTHORIZED");
        assertThat(response.json().at("/error/message").asText()).isEqualTo(STALE);
    }

    /** The apps' db_driver; {@link SqliteAccountStateHttpTest} runs every test here on SQLite. */
    String driver() {
        return "postgres";
    }

    @Test
    void aDisabledUsersTokenStopsWorking() {
        String id = user("disabled@example.com", List.of("clerk"));
        String token = login("disabled@example.com");
        assertThat(reach(token)).isEqualTo(200);
        api.put(base + "/_admin/users/" + id, admin, Map.of("email", "disabled@example.com", "active", false));
        assertStale(token);
    }

    @Test
    void aDeletedUsersTokenStopsWorking() {
        String id = user("deleted@example.com", List.of("clerk"));
        String token = login("deleted@example.com");
        assertThat(reach(token)).isEqualTo(200);
        assertThat(api.delete(base + "/_admin/users/" + id, admin).status()).isEqualTo(200);
        assertStale(token);
    }

    @Test
    void aDemotedUsersTokenStopsWorkingAndANewLoginCarriesTheNewRoles() {
        String id = user("demoted@example.com", List.of("admin"));
        String token = login("demoted@example.com");
        assertThat(api.get(base + "/_admin/users", token).status()).isEqualTo(200);
        String second = login("demoted@example.com"); // a second session of the same account
        api.put(base + "/_admin/users/" + id, admin, Map.of("email", "demoted@example.com", "roles", List.of("clerk")));
        assertStale(token);
        assertStale(second);
        String fresh = login("demoted@example.com");
        assertThat(reach(fresh)).isEqualTo(200);
        assertThat(api.get(base + "/_admin/users", fresh).status()).as("no longer admin").isEqualTo(403);
        assertThat(reach(admin)).as("other accounts are untouched").isEqualTo(200);
    }

    @Test
    void aDisabledUserCannotRefreshEither() {
        String id = user("norefresh@example.com", List.of("clerk"));
        String refresh = api.post(base + "/auth/login", null, Map.of("email", "norefresh@example.com", "password", "pw"))
                .json().at("/data/refresh_token").asText();
        api.put(base + "/_admin/users/" + id, admin, Map.of("email", "norefresh@example.com", "active", false));
        Api.Response refused = api.post(base + "/auth/refresh", null, Map.of("refresh_token", refresh));
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.json().at("/error/message").asText()).isEqualTo("Account is disabled");
    }
}
