package rocket.bootstrap.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class AppAuthHttpTest {
    private final Api api = TestServer.shared();

    /** The apps' db_driver; {@link SqliteAppAuthHttpTest} runs every test here on SQLite. */
    String driver() {
        return "postgres";
    }

    @Test
    void seededAppAdminLogsInAndReachesAdminRoutes() {
        String app = api.createApp("auth", driver());
        Api.Response users = api.get("/api/" + app + "/_admin/users", api.appAdminToken(app));
        assertThat(users.status()).isEqualTo(200);
        assertThat(users.json().at("/data/0/email").asText()).isEqualTo("admin@localhost");
        assertThat(users.json().at("/data/0/roles/0").asText()).isEqualTo("admin");
        assertThat(users.body()).doesNotContain("password");
    }

    @Test
    void anotherAppsTokenIs401() {
        String first = api.createApp("one", driver());
        String second = api.createApp("two", driver());
        Api.Response response = api.get("/api/" + second + "/_admin/users", api.appAdminToken(first));
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.json().at("/error/message").asText()).isEqualTo("Invalid or expired token");
    }

    @Test
    void platformTokenActsAsAdminInEveryApp() {
        String app = api.createApp("plat", driver());
        assertThat(api.get("/api/" + app + "/_admin/users", api.platformToken()).status()).isEqualTo(200);
    }

    @Test
    void unknownAppIs404BeforeAny401() {
        Api.Response noToken = api.get("/api/nosuchapp/_admin/users", null);
        assertThat(noToken.status()).isEqualTo(404);
        assertThat(noToken.errorCode()).isEqualTo("APP_NOT_FOUND");
        assertThat(noToken.json().at("/error/message").asText()).isEqualTo("App not found: nosuchapp");

        Api.Response login = api.postRaw("/api/nosuchapp/auth/login", null, "{broken");
        assertThat(login.status()).isEqualTo(404);
        assertThat(login.errorCode()).isEqualTo("APP_NOT_FOUND");
    }

    @Test
    void appBadPasswordIs401() {
        String app = api.createApp("pw", driver());
        Api.Response response = api.post("/api/" + app + "/auth/login", null,
                Map.of("email", "admin@localhost", "password", "nope"));
        assertThat(response.status()).isEqualTo(401);
    }

    @Test
    void appRefreshRotatesAndReuseIs401() {
        String app = api.createApp("rot", driver());
        String refresh = api.post("/api/" + app + "/auth/login", null,
                Map.of("email", "admin@localhost", "password", "changeme")).json().at("/data/refresh_token").asText();
        Api.Response rotated = api.post("/api/" + app + "/auth/refresh", null, Map.of("refresh_token", refresh));
        assertThat(rotated.status()).isEqualTo(200);
        String newAccess = rotated.json().at("/data/access_token").asText();
        assertThat(api.get("/api/" + app + "/_admin/users", newAccess).status()).isEqualTo(200);
        assertThat(api.post("/api/" + app + "/auth/refresh", null, Map.of("refresh_token", refresh)).status())
                .isEqualTo(401);
    }

    @Test
    void refreshTokenOfOneAppIsInvalidInAnother() {
        String first = api.createApp("rta", driver());
        String second = api.createApp("rtb", driver());
        String refresh = api.post("/api/" + first + "/auth/login", null,
                Map.of("email", "admin@localhost", "password", "changeme")).json().at("/data/refresh_token").asText();
        assertThat(api.post("/api/" + second + "/auth/refresh", null, Map.of("refresh_token", refresh)).status())
                .isEqualTo(401);
    }

    @Test
    void appLogoutAnswersTheContractMessage() {
        String app = api.createApp("out", driver());
        Api.Response response = api.post("/api/" + app + "/auth/logout", null,
                Map.of("refresh_token", "00000000-0000-0000-0000-000000000000"));
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("message").asText()).isEqualTo("Logged out");
    }
}
