package rocket.bootstrap.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import rocket.bootstrap.RocketServer;

class RestartHttpTest {

    @Test
    void aRestartKeepsAppsUsersAndSessions() {
        Path dataDir = TestServer.tempDir();
        String app;
        String refresh;
        try (RocketServer first = TestServer.start(dataDir, Map.of())) {
            Api api = new Api(first.port());
            app = api.createApp("keep");
            refresh = api.post("/api/" + app + "/auth/login", null,
                    Map.of("email", "admin@localhost", "password", "changeme")).json().at("/data/refresh_token").asText();
        }
        try (RocketServer second = TestServer.start(dataDir, Map.of())) {
            Api api = new Api(second.port());
            assertThat(api.get("/api/_platform/apps/" + app, api.platformToken()).status()).isEqualTo(200);
            Api.Response refreshed = api.post("/api/" + app + "/auth/refresh", null, Map.of("refresh_token", refresh));
            assertThat(refreshed.status()).isEqualTo(200);
            Api.Response users = api.get("/api/" + app + "/_admin/users",
                    refreshed.json().at("/data/access_token").asText());
            assertThat(users.json().get("data")).hasSize(1);
        }
    }
}
