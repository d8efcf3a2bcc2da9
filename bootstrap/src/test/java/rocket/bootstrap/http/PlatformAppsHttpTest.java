package rocket.bootstrap.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlatformAppsHttpTest {
    private final Api api = TestServer.shared();
    private final String token = api.platformToken();

    @Test
    void createdAppIsListedAndReadable() {
        String name = TestServer.uniqueAppName("shop");
        Api.Response created = api.post("/api/_platform/apps", token, Map.of("name", name, "display_name", "Shop"));
        assertThat(created.status()).isEqualTo(201);
        JsonNode data = created.json().get("data");
        assertThat(data.get("name").asText()).isEqualTo(name);
        assertThat(data.get("display_name").asText()).isEqualTo("Shop");
        assertThat(data.get("db_name").asText()).isEqualTo("rocket_" + name);
        assertThat(data.get("db_driver").asText()).isEqualTo("postgres");
        assertThat(data.get("status").asText()).isEqualTo("active");
        assertThat(data.has("jwt_secret")).isFalse();

        JsonNode list = api.get("/api/_platform/apps", token).json().get("data");
        assertThat(list.findValuesAsText("name")).contains(name);

        Api.Response one = api.get("/api/_platform/apps/" + name, token);
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.json().at("/data/created_at").asText()).matches("\\d{4}-\\d{2}-\\d{2}T.*Z");
        assertThat(one.body()).doesNotContain("jwt_secret");
    }

    @Test
    void aSqliteAppIsListedWithItsDriverServesItsUsersAndGoesWithItsFile() {
        String name = TestServer.uniqueAppName("lite");
        Api.Response created = api.post("/api/_platform/apps", token, Map.of("name", name, "db_driver", "sqlite"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().at("/data/db_driver").asText()).isEqualTo("sqlite");
        Path file = TestServer.sharedDataDir().resolve("apps/rocket_" + name + ".sqlite");
        assertThat(file).isRegularFile();
        JsonNode listed = api.get("/api/_platform/apps", token).json().get("data");
        assertThat(listed.findParents("name").stream().filter(app -> app.get("name").asText().equals(name))
                .map(app -> app.get("db_driver").asText())).containsExactly("sqlite");

        String admin = api.appAdminToken(name);
        Api.Response users = api.get("/api/" + name + "/_admin/users", admin);
        assertThat(users.status()).as(users.body()).isEqualTo(200);
        assertThat(users.json().get("data").findValuesAsText("email")).containsExactly("admin@localhost");

        assertThat(api.delete("/api/_platform/apps/" + name, token).status()).isEqualTo(200);
        assertThat(file).doesNotExist();
        assertThat(api.post("/api/" + name + "/auth/login", null,
                Map.of("email", "admin@localhost", "password", "changeme")).status()).isEqualTo(404);
    }

    @Test
    void displayNameDefaultsToTheName() {
        String name = TestServer.uniqueAppName("plain");
        assertThat(api.post("/api/_platform/apps", token, Map.of("name", name)).json().at("/data/display_name")
                .asText()).isEqualTo(name);
    }

    @Test
    void hyphensInAppNamesMapToUnderscoresInTheDatabaseName() {
        String name = "hy-" + TestServer.uniqueAppName("phen").replace('_', '-');
        Api.Response created = api.post("/api/_platform/apps", token, Map.of("name", name));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().at("/data/db_name").asText()).isEqualTo("rocket_" + name.replace('-', '_'));
        assertThat(api.post("/api/" + name + "/auth/login", null,
                Map.of("email", "admin@localhost", "password", "changeme")).status()).isEqualTo(200);
    }

    @Test
    void invalidAppNameIs422() {
        for (String bad : new String[] {"Shop", "1shop", "shop;drop", "a".repeat(57), "_x", ""}) {
            Api.Response response = api.post("/api/_platform/apps", token, Map.of("name", bad));
            assertThat(response.status()).as(bad).isEqualTo(422);
            assertThat(response.errorCode()).isEqualTo("VALIDATION_FAILED");
        }
    }

    @Test
    void missingAppNameIs422WithTheContractMessage() {
        Api.Response response = api.post("/api/_platform/apps", token, Map.of());
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().at("/error/message").asText()).isEqualTo("App name is required");
    }

    @Test
    void unsupportedDriverIs422() {
        Api.Response response = api.post("/api/_platform/apps", token,
                Map.of("name", TestServer.uniqueAppName("drv"), "db_driver", "oracle"));
        assertThat(response.status()).isEqualTo(422);
    }

    @Test
    void duplicateAppIs409() {
        String name = api.createApp("dup");
        Api.Response again = api.post("/api/_platform/apps", token, Map.of("name", name));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.errorCode()).isEqualTo("CONFLICT");
    }

    @Test
    void unknownAppIs404OnPlatformGetAndDelete() {
        assertThat(api.get("/api/_platform/apps/nosuchapp", token).status()).isEqualTo(404);
        Api.Response delete = api.delete("/api/_platform/apps/nosuchapp", token);
        assertThat(delete.status()).isEqualTo(404);
        assertThat(delete.errorCode()).isEqualTo("NOT_FOUND");
    }

    @Test
    void deletedAppIsGoneEverywhereAndItsNameCanBeReused() {
        String name = api.createApp("gone");
        assertThat(api.appAdminToken(name)).isNotBlank();
        Api.Response deleted = api.delete("/api/_platform/apps/" + name, token);
        assertThat(deleted.status()).isEqualTo(200);
        assertThat(deleted.json().toString()).isEqualTo("{\"message\":\"App deleted\"}");

        assertThat(api.get("/api/_platform/apps/" + name, token).status()).isEqualTo(404);
        Api.Response login = api.post("/api/" + name + "/auth/login", null,
                Map.of("email", "admin@localhost", "password", "changeme"));
        assertThat(login.status()).isEqualTo(404);
        assertThat(login.errorCode()).isEqualTo("APP_NOT_FOUND");
        // the database was dropped, so the same name can be created again from scratch
        assertThat(api.post("/api/_platform/apps", token, Map.of("name", name)).status()).isEqualTo(201);
    }

    @Test
    void appTokenIsRejectedOnPlatformRoutes() {
        String app = api.createApp("scope");
        Api.Response response = api.get("/api/_platform/apps", api.appAdminToken(app));
        assertThat(response.status()).isEqualTo(401);
    }
}
