package rocket.bootstrap.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import rocket.bootstrap.RocketServer;
import rocket.bootstrap.database.EmbeddedDatabase;

class ExternalDatabaseHttpTest {

    @Test
    void databaseUrlPointsTheServerAtAnExistingPostgresServer() {
        try (EmbeddedDatabase external = EmbeddedDatabase.start(TestServer.tempDir(), 100);
             RocketServer server = TestServer.start(TestServer.tempDir(), Map.of("DATABASE_URL",
                     "postgres://postgres:@127.0.0.1:" + external.port() + "/rocket_mgmt"))) {
            Api api = new Api(server.port());
            String app = api.createApp("ext");
            assertThat(api.appAdminToken(app)).isNotBlank();
            assertThat(api.get("/api/_platform/apps", api.platformToken()).json().get("data").findValuesAsText("name"))
                    .containsExactly(app);
        }
    }
}
