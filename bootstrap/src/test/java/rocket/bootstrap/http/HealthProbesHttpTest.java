package rocket.bootstrap.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import rocket.bootstrap.RocketServer;

/** {@code /health/live} and {@code /health/ready}: public, no secrets, and unready while the database does not answer. */
class HealthProbesHttpTest {

    @Test
    void liveAndReadyAnswerWithoutAuthAndReportEveryLoadedAppsPool() {
        Api api = TestServer.shared();
        String app = api.createApp("ready");
        assertThat(api.get("/api/" + app + "/_admin/users", api.appAdminToken(app)).status()).isEqualTo(200);

        Api.Response live = api.get("/health/live", null);
        assertThat(live.status()).isEqualTo(200);
        assertThat(live.json().get("status").asText()).isEqualTo("live");

        Api.Response ready = api.get("/health/ready", null);
        assertThat(ready.status()).as(ready.body()).isEqualTo(200);
        assertThat(ready.header("Cache-Control")).isEqualTo("no-store");
        JsonNode body = ready.json();
        assertThat(body.get("status").asText()).isEqualTo("ready");
        assertThat(body.at("/checks/management_database").asText()).isEqualTo("up");
        assertThat(body.at("/pools/management/max").asInt()).isPositive();
        JsonNode pool = body.at("/pools/apps/" + app);
        assertThat(pool.isObject()).as(ready.body()).isTrue();
        assertThat(pool.get("max").asInt()).isPositive();
        assertThat(pool.get("active").asInt() + pool.get("idle").asInt()).isLessThanOrEqualTo(pool.get("max").asInt());
        assertThat(pool.get("waiting").asInt()).isZero();
        assertThat(ready.body()).doesNotContain("127.0.0.1", "localhost", "postgres", "password", "jdbc");
    }

    @Test
    void readyIs503WhileTheDatabaseHangsOrIsGoneAndLiveStays200() throws Exception {
        Path data = TestServer.tempDir();
        try (RocketServer server = TestServer.start(data, TestServer.fast(Map.of(), Map.of()))) {
            Api api = new Api(server.port());
            assertThat(api.get("/health/ready", null).status()).isEqualTo(200);

            signalPostgres(data, "-STOP"); // a database that accepts connections but never answers
            try {
                Api.Response hanging = api.get("/health/ready", null);
                assertThat(hanging.status()).as(hanging.body()).isEqualTo(503);
                assertThat(hanging.json().get("status").asText()).isEqualTo("unready");
                assertThat(hanging.json().get("failing").toString()).isEqualTo("[\"management_database\"]");
                assertThat(hanging.json().at("/checks/management_database").asText()).startsWith("no answer within");
                assertThat(api.get("/health/live", null).status()).isEqualTo(200);
            } finally {
                signalPostgres(data, "-CONT");
            }
            assertThat(readyOnceItAnswers(api)).as("ready again once the database answers").isEqualTo(200);

            TestServer.killPostgres(data);
            Api.Response gone = api.get("/health/ready", null);
            assertThat(gone.status()).as(gone.body()).isEqualTo(503);
            assertThat(gone.json().get("failing").toString()).isEqualTo("[\"management_database\"]");
            assertThat(api.get("/health/live", null).status()).isEqualTo(200);
        }
    }

    /** Asks until the answer is 200 (at most 50 times): abandoned probes may still hold the pool for a moment. */
    private static int readyOnceItAnswers(Api api) throws InterruptedException {
        int status = 0;
        for (int attempt = 0; attempt < 50 && status != 200; attempt++) {
            status = api.get("/health/ready", null).status();
            if (status != 200) {
                Thread.sleep(100);
            }
        }
        return status;
    }

    /** Sends {@code signal} to the embedded PostgreSQL of {@code dataDir} and every backend it runs. */
    private static void signalPostgres(Path dataDir, String signal) throws IOException, InterruptedException {
        long pid = Long.parseLong(Files.readAllLines(dataDir.resolve("postgres/postmaster.pid")).get(0).trim());
        ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow();
        List<String> command = new ArrayList<>(List.of("kill", signal, String.valueOf(pid)));
        postmaster.descendants().forEach(child -> command.add(String.valueOf(child.pid())));
        Process kill = new ProcessBuilder(command).inheritIO().start();
        if (kill.waitFor() != 0) {
            throw new UncheckedIOException(new IOException("kill " + signal + " failed"));
        }
    }
}
