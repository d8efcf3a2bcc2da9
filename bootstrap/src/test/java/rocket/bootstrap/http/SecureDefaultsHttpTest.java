package rocket.bootstrap.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import rocket.bootstrap.RocketServer;

/** A server started the way a user starts one (no development switch, fsync on): what its defaults refuse. */
class SecureDefaultsHttpTest {
    private static final String PLATFORM_PASSWORD = "operator-chosen-password";
    private static Path dataDir;
    private static RocketServer server;
    private static Api api;

    @BeforeAll
    static void start() {
        dataDir = TestServer.tempDir();
        server = TestServer.start(dataDir, Map.of("ROCKET_DEV", "false", "ROCKET_EMBEDDED_FSYNC", "on",
                "ROCKET_PLATFORM_ADMIN_PASSWORD", PLATFORM_PASSWORD));
        api = new Api(server.port(), PLATFORM_PASSWORD);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aTokenSignedWithAnyPublishedDefaultSecretIs401() throws Exception {
        assertThat(api.get("/api/_platform/apps", api.platformToken()).status()).isEqualTo(200);
        for (String secret : List.of("changeme-platform-secret", "changeme-secret", "rocket-platform-secret",
                "rocket-dev-secret", "changeme", "secret")) {
            Api.Response forged = api.get("/api/_platform/apps", hs256(secret));
            assertThat(forged.status()).as(secret).isEqualTo(401);
            assertThat(forged.errorCode()).isEqualTo("UNAUTHORIZED");
        }
    }

    @Test
    void theGeneratedPlatformSecretIsPrivateToTheDataDirectory() throws Exception {
        Path secret = dataDir.resolve("secrets/platform-jwt-secret");
        assertThat(Files.readString(secret).trim()).hasSize(64).matches("[0-9a-f]+");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secret))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secret.getParent())))
                .isEqualTo("rwx------");
        // and it is really the signing key: a token made with it is accepted
        assertThat(api.get("/api/_platform/apps", hs256(Files.readString(secret).trim())).status()).isEqualTo(200);
    }

    @Test
    void noSeededAccountHasTheDevelopmentPassword() {
        assertThat(login("/api/_platform", "platform@localhost", "changeme").status()).isEqualTo(401);
        String app = api.createApp("sec");
        assertThat(login("/api/" + app, "admin@localhost", "changeme").status()).isEqualTo(401);
        assertThat(login("/api/_platform", "platform@localhost", PLATFORM_PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void loopbackPrivateAndMetadataWebhookTargetsAreRefusedWhenSaved() {
        String app = appWithOrders();
        for (String url : List.of("http://127.0.0.1:9/hook", "http://localhost/hook", "http://[::1]/hook",
                "http://169.254.169.254/latest/meta-data/", "http://10.1.2.3/hook", "http://192.168.0.10/hook",
                "http://2130706433/hook", "http://0.0.0.0/hook")) {
            Api.Response saved = api.post("/api/" + app + "/_admin/webhooks", api.platformToken(),
                    Map.of("entity", "order", "url", url));
            assertThat(saved.status()).as(url).isEqualTo(422);
            assertThat(saved.json().at("/error/message").asText()).as(url).contains("not an allowed target");
        }
        assertThat(api.get("/api/" + app + "/_admin/webhooks", api.platformToken()).json().get("data")).isEmpty();
    }

    @Test
    void stateMachineAndWorkflowWebhookActionsFollowTheSameTargetRules() {
        String app = appWithOrders();
        String token = api.platformToken();
        Map<String, Object> toMetadata = Map.of("type", "webhook", "url", "http://169.254.169.254/latest/");
        Api.Response machine = api.post("/api/" + app + "/_admin/state-machines", token, Map.of("entity", "order",
                "field", "status", "definition", Map.of("initial", "new", "transitions", List.of(Map.of("from", "new",
                        "to", "paid", "actions", List.of(toMetadata))))));
        assertThat(machine.status()).isEqualTo(422);
        assertThat(machine.json().at("/error/message").asText()).contains("transition to paid")
                .contains("cloud metadata");
        Api.Response workflow = api.post("/api/" + app + "/_admin/workflows", token, Map.of("name", "notify",
                "trigger", Map.of("type", "state_change", "entity", "order", "field", "status", "to", "paid"),
                "steps", List.of(Map.of("id", "call", "type", "action", "actions", List.of(Map.of("type", "webhook",
                        "url", "http://localhost:8080/internal"))))));
        assertThat(workflow.status()).isEqualTo(422);
        assertThat(workflow.json().at("/error/message").asText()).contains("step call").contains("loopback");
    }

    @Test
    void aHostNameThatResolvesToARefusedAddressIsNeverCalled() throws Exception {
        String host = InetAddress.getLocalHost().getHostName(); // this machine's own name: loopback or private
        try (HttpSink sink = new HttpSink()) {
            String app = appWithOrders();
            String url = sink.url("/hook").replace("127.0.0.1", host);
            Api.Response saved = api.post("/api/" + app + "/_admin/webhooks", api.platformToken(),
                    Map.of("entity", "order", "url", url, "retry", Map.of("max_attempts", 1)));
            assertThat(saved.status()).as("a name is judged when the request is sent").isEqualTo(201);
            assertThat(api.post("/api/" + app + "/order", api.platformToken(), Map.of("status", "new")).status())
                    .isEqualTo(201);
            var failed = awaitLogs(app, "failed");
            assertThat(failed).hasSize(1);
            assertThat(failed.get(0).get("error").asText()).contains("refused").contains(host);
            assertThat(sink.received()).isEmpty();
        }
    }

    @Test
    void theAiEndpointFollowsTheSameTargetRules() {
        Path aiData = TestServer.tempDir();
        try (RocketServer ai = TestServer.start(aiData, Map.of("ROCKET_DEV", "false",
                "ROCKET_PLATFORM_ADMIN_PASSWORD", PLATFORM_PASSWORD, "ROCKET_AI_BASE_URL", "http://127.0.0.1:9/v1",
                "ROCKET_AI_API_KEY", "k", "ROCKET_AI_MODEL", "m"))) {
            Api aiApi = new Api(ai.port(), PLATFORM_PASSWORD);
            String app = aiApi.createApp("ai");
            Api.Response generated = aiApi.post("/api/" + app + "/_admin/ai/generate", aiApi.platformToken(),
                    Map.of("prompt", "a blog"));
            assertThat(generated.status()).isEqualTo(502);
            assertThat(generated.json().at("/error/message").asText()).contains("refused").contains("loopback");
        }
    }

    @Test
    void theEmbeddedDatabaseIsDurableAndRefusesConnectionsWithoutThePassword() throws Exception {
        int port = Integer.parseInt(Files.readAllLines(dataDir.resolve("postgres/postmaster.pid")).get(3).trim());
        String password = Files.readString(dataDir.resolve("secrets/postgres-password")).trim();
        String url = "jdbc:postgresql://127.0.0.1:" + port + "/rocket";
        try (Connection connection = DriverManager.getConnection(url, "postgres", password);
             Statement statement = connection.createStatement()) {
            assertThat(setting(statement, "fsync")).isEqualTo("on");
            assertThat(setting(statement, "synchronous_commit")).isEqualTo("on");
            assertThat(setting(statement, "full_page_writes")).isEqualTo("on");
            assertThat(setting(statement, "listen_addresses")).isEqualTo("127.0.0.1");
            assertThat(setting(statement, "unix_socket_directories")).isEmpty();
        }
        Properties noPassword = new Properties();
        noPassword.setProperty("user", "postgres");
        assertThatThrownBy(() -> DriverManager.getConnection(url, noPassword).close()).isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", "changeme").close())
                .isInstanceOf(SQLException.class).hasMessageContaining("password authentication failed");
        assertThat(Files.readAllLines(dataDir.resolve("postgres/pg_hba.conf"))).filteredOn(l -> !l.startsWith("#"))
                .isNotEmpty().allMatch(l -> l.endsWith("scram-sha-256"));
    }

    @Test
    void theSixthQuickWrongLoginIs429AndLocksOnlyThatAccount() {
        for (int i = 1; i <= 5; i++) {
            assertThat(login("/api/_platform", "mallory@localhost", "guess-" + i).status()).as("attempt " + i)
                    .isEqualTo(401);
        }
        Api.Response sixth = login("/api/_platform", "mallory@localhost", "guess-6");
        assertThat(sixth.status()).isEqualTo(429);
        assertThat(sixth.errorCode()).isEqualTo("RATE_LIMITED");
        assertThat(Long.parseLong(sixth.header("Retry-After"))).isBetween(1L, 60L);
        assertThat(login("/api/_platform", "platform@localhost", PLATFORM_PASSWORD).status())
                .as("another account from the same address").isEqualTo(200);
    }

    @Test
    void loginAndRefreshAreLimitedPerClientAddress() {
        try (RocketServer limited = TestServer.start(TestServer.tempDir(), Map.of("ROCKET_DEV", "false",
                "ROCKET_PLATFORM_ADMIN_PASSWORD", PLATFORM_PASSWORD, "ROCKET_LOGIN_ATTEMPTS_PER_ADDRESS", "3"))) {
            Api limitedApi = new Api(limited.port(), PLATFORM_PASSWORD);
            String refresh = limitedApi.post("/api/_platform/auth/login", null, Map.of("email", "platform@localhost",
                    "password", PLATFORM_PASSWORD)).json().at("/data/refresh_token").asText();
            assertThat(limitedApi.post("/api/_platform/auth/refresh", null, Map.of("refresh_token", refresh)).status())
                    .isEqualTo(200);
            assertThat(limitedApi.post("/api/_platform/auth/login", null, Map.of("email", "x@localhost",
                    "password", "wrong")).status()).isEqualTo(401);
            Api.Response fourth = limitedApi.post("/api/_platform/auth/login", null,
                    Map.of("email", "platform@localhost", "password", PLATFORM_PASSWORD));
            assertThat(fourth.status()).isEqualTo(429);
            assertThat(fourth.header("Retry-After")).isNotBlank();
            assertThat(limitedApi.post("/api/_platform/auth/refresh", null, Map.of("refresh_token", "x")).status())
                    .isEqualTo(429);
        }
    }

    private static String setting(Statement statement, String name) throws SQLException {
        try (ResultSet rows = statement.executeQuery("SHOW " + name)) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static Api.Response login(String base, String email, String password) {
        return api.post(base + "/auth/login", null, Map.of("email", email, "password", password));
    }

    private static String appWithOrders() {
        return TestSchemas.appWith(api, "sec", TestSchemas.uuidEntity("order", "orders",
                Map.of("name", "status", "type", "string")));
    }

    private static List<com.fasterxml.jackson.databind.JsonNode> awaitLogs(String app, String status)
            throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            var logs = api.get("/api/" + app + "/_admin/webhook-logs?status=" + status, api.platformToken()).json()
                    .get("data");
            if (logs.size() > 0) {
                return List.copyOf(logs.valueStream().toList());
            }
            Thread.sleep(50);
        }
        return List.of();
    }

    /**
     * The real platform admin's claims (subject, roles, expiry) signed with {@code secret} as HS256, as an attacker
     * who knows the secret would sign them.
     */
    private static String hs256(String secret) throws Exception {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String header = b64.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String payload = api.platformToken().split("\\.")[1];
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String signature = b64.encodeToString(mac.doFinal((header + "." + payload).getBytes(StandardCharsets.UTF_8)));
        return header + "." + payload + "." + signature;
    }
}
