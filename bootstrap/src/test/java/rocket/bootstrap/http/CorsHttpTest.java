package rocket.bootstrap.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import rocket.bootstrap.RocketServer;

/** ROCKET_CORS_ORIGINS: listed origins get CORS answers (preflight included), others and the default none. */
class CorsHttpTest {
    private static final String ADMIN = "https://admin.example.com";
    private static final String OTHER = "https://evil.example.net";
    private static RocketServer server;
    private static Api api;

    @BeforeAll
    static void start() {
        server = TestServer.start(TestServer.tempDir(), TestServer.fast(Map.of(), Map.of(
                "ROCKET_CORS_ORIGINS", ADMIN + ", http://localhost:5173")));
        api = new Api(server.port());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void anAllowedOriginGetsItsOriginBackOnAnswersAndErrorsNeverCredentials() {
        Api.Response apps = api.send(api.builder("/api/_platform/apps", api.platformToken()).header("Origin", ADMIN)
                .GET());
        assertThat(apps.status()).isEqualTo(200);
        assertThat(apps.header("Access-Control-Allow-Origin")).isEqualTo(ADMIN);
        assertThat(apps.header("Vary")).contains("Origin");
        assertThat(apps.header("Access-Control-Expose-Headers")).contains("X-Trace-ID", "ETag", "Retry-After");
        assertThat(apps.header("Access-Control-Allow-Credentials")).isNull();

        Api.Response refused = api.send(api.builder("/api/_platform/apps", null).header("Origin",
                "http://localhost:5173").GET());
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.header("Access-Control-Allow-Origin")).as("the browser may read the error")
                .isEqualTo("http://localhost:5173");
    }

    @Test
    void aPreflightFromAnAllowedOriginIs204WithMethodsAndHeadersBeforeAnyRoute() {
        Api.Response preflight = api.send(preflight("/api/no_such_app/note", ADMIN));
        assertThat(preflight.status()).isEqualTo(204);
        assertThat(preflight.header("Access-Control-Allow-Origin")).isEqualTo(ADMIN);
        assertThat(preflight.header("Access-Control-Allow-Methods")).contains("POST", "PUT", "DELETE");
        assertThat(preflight.header("Access-Control-Allow-Headers")).contains("Authorization", "Content-Type");
        assertThat(preflight.header("Access-Control-Max-Age")).isEqualTo("600");
        assertThat(preflight.header("Vary")).contains("Origin");
        assertThat(preflight.header("X-Trace-ID")).isNotBlank();
    }

    @Test
    void anotherOriginGetsNoCorsHeaderAndItsPreflightIs403() {
        Api.Response read = api.send(api.builder("/health", null).header("Origin", OTHER).GET());
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.headers().keySet()).noneMatch(name -> name.toLowerCase().startsWith("access-control-"));
        assertThat(read.header("Vary")).contains("Origin");
        assertThat(api.send(api.builder("/health", null).header("Origin", ADMIN + ".evil.net").GET())
                .header("Access-Control-Allow-Origin")).as("exact match, not a prefix").isNull();

        Api.Response preflight = api.send(preflight("/api/_platform/apps", OTHER));
        assertThat(preflight.status()).isEqualTo(403);
        assertThat(preflight.errorCode()).isEqualTo("FORBIDDEN");
        assertThat(preflight.headers().keySet()).noneMatch(name -> name.toLowerCase().startsWith("access-control-"));
    }

    @Test
    void byDefaultNoAnswerHasACorsHeader() {
        Api shared = TestServer.shared();
        Api.Response read = shared.send(shared.builder("/api/_platform/apps", shared.platformToken())
                .header("Origin", ADMIN).GET());
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.headers().keySet()).noneMatch(name -> name.toLowerCase().startsWith("access-control-"));
        Api.Response preflight = shared.send(preflight("/api/_platform/apps", ADMIN, shared));
        assertThat(preflight.status()).isNotEqualTo(204);
        assertThat(preflight.headers().keySet()).noneMatch(name -> name.toLowerCase().startsWith("access-control-"));
    }

    private static HttpRequest.Builder preflight(String path, String origin) {
        return preflight(path, origin, api);
    }

    private static HttpRequest.Builder preflight(String path, String origin, Api client) {
        return client.builder(path, null).header("Origin", origin).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody());
    }
}
