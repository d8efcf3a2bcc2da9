package rocket.bootstrap.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import rocket.bootstrap.RocketServer;

/** When no connection can be had, a request is answered {@code 503} with {@code Retry-After} after the acquire timeout. */
class DatabaseUnavailableHttpTest {

    private static Map<String, String> env(Map<String, String> extra) {
        // events off: nothing but the requests below may use the app's pool
        return TestServer.fast(Map.of("ROCKET_EVENTS", "off", "ROCKET_DB_ACQUIRE_TIMEOUT_MS", "300"), extra);
    }

    private static String appWithNotes(Api api) {
        return TestSchemas.appWith(api, "down", TestSchemas.uuidEntity("note", "notes",
                Map.of("name", "text", "type", "string")));
    }

    @Test
    void anExhaustedPoolAnswers503InsteadOfMakingTheCallerWait() throws Exception {
        try (HttpSink slow = new HttpSink();
             RocketServer server = TestServer.start(TestServer.tempDir(), env(Map.of("ROCKET_APP_POOL_SIZE", "2")))) {
            Api api = new Api(server.port());
            String app = appWithNotes(api);
            String token = api.platformToken();
            // a synchronous webhook keeps each write's transaction, and so one of the app's two connections, busy
            assertThat(api.post("/api/" + app + "/_admin/webhooks", token, Map.of("entity", "note", "hook",
                    "before_write", "async", false, "url", slow.url("/veto"))).status()).isEqualTo(201);
            slow.delay(1500);
            List<CompletableFuture<Api.Response>> writes = List.of(1, 2).stream().map(i -> CompletableFuture.supplyAsync(
                    () -> api.post("/api/" + app + "/note", token, Map.of("text", "holds a connection " + i)))).toList();
            slow.awaitInFlight(2);

            Api.Response read = api.get("/api/" + app + "/note", token);
            assertThat(read.status()).isEqualTo(503);
            assertThat(read.errorCode()).isEqualTo("SERVICE_UNAVAILABLE");
            assertThat(read.header("Retry-After")).isEqualTo("1");
            for (CompletableFuture<Api.Response> write : writes) {
                assertThat(write.get().status()).as("the writes that held the connections complete").isEqualTo(201);
            }
            assertThat(api.get("/api/" + app + "/note", token).status()).as("and the pool serves again").isEqualTo(200);
        }
    }

    @Test
    void aStoppedDatabaseAnswers503() throws Exception {
        Path data = TestServer.tempDir();
        try (RocketServer server = TestServer.start(data, env(Map.of()))) {
            Api api = new Api(server.port());
            String app = appWithNotes(api);
            String token = api.platformToken();
            assertThat(api.get("/api/" + app + "/note", token).status()).isEqualTo(200);
            TestServer.killPostgres(data);

            Api.Response write = api.post("/api/" + app + "/note", token, Map.of("text", "x"));
            assertThat(write.status()).as(write.body()).isEqualTo(503);
            assertThat(write.errorCode()).isEqualTo("SERVICE_UNAVAILABLE");
            assertThat(write.header("Retry-After")).isEqualTo("1");
            assertThat(api.get("/api/" + app + "/note?filter[text]=y", token).status()).isEqualTo(503);
        }
    }
}
