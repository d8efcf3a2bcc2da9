package rocket.bootstrap.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import rocket.bootstrap.RocketServer;
import rocket.bootstrap.database.EmbeddedDatabase;

class ExternalDatabaseHttpTest {

    @Test
    void databaseUrlPointsTheServerAtAnExistingPostgresServer() {
        try (EmbeddedDatabase external = TestServer.externalDatabase();
             RocketServer server = TestServer.start(TestServer.tempDir(), Map.of("DATABASE_URL",
                     TestServer.databaseUrl(external, "rocket_mgmt")))) {
            Api api = new Api(server.port());
            String app = api.createApp("ext");
            assertThat(api.appAdminToken(app)).isNotBlank();
            assertThat(api.get("/api/_platform/apps", api.platformToken()).json().get("data").findValuesAsText("name"))
                    .containsExactly(app);
        }
    }

    @Test
    void everyParameterOfTheDatabaseUrlReachesTheDriver() throws Exception {
        try (EmbeddedDatabase external = TestServer.externalDatabase()) {
            String url = TestServer.databaseUrl(external, "rocket_params");
            try (RocketServer server = TestServer.start(TestServer.tempDir(),
                    Map.of("DATABASE_URL", url + "?ApplicationName=rocket-param-check&connectTimeout=5"));
                 Connection admin = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + external.port()
                         + "/postgres", EmbeddedDatabase.USER, external.password());
                 Statement statement = admin.createStatement();
                 ResultSet sessions = statement.executeQuery("SELECT count(*) FROM pg_stat_activity"
                         + " WHERE application_name = 'rocket-param-check'")) {
                assertThat(server.port()).isPositive();
                sessions.next();
                assertThat(sessions.getInt(1)).as("the server's pooled connections carry the name").isPositive();
            }
            // this PostgreSQL speaks no TLS: a server asked for sslmode=require must refuse to start
            assertThatThrownBy(() -> TestServer.start(TestServer.tempDir(), Map.of("DATABASE_URL",
                    url + "?sslmode=require")).close()).hasStackTraceContaining("SSL");
        }
    }
}
