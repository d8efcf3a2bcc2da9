package rocket.bootstrap.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import rocket.bootstrap.RocketServer;

/**
 * Tokens signed with the right key but saying the wrong thing: expired, naming an account that does not exist, or
 * claiming roles the account does not hold. A server with a platform secret the test knows signs them.
 */
class ForgedTokensHttpTest {
    private static final String SECRET = "forged-tokens-test-" + UUID.randomUUID();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static RocketServer server;
    private static Api api;

    /** The apps' db_driver; {@link SqliteForgedTokensHttpTest} runs every test here on SQLite. */
    String driver() {
        return "postgres";
    }

    @BeforeAll
    static void start() {
        Map<String, String> env = new HashMap<>(TestServer.FAST);
        env.put("ROCKET_PLATFORM_JWT_SECRET", SECRET);
        server = TestServer.start(TestServer.tempDir(), env);
        api = new Api(server.port());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String sign(String algorithm, String payload) throws Exception {
        String header = B64.encodeToString(("{\"alg\":\"" + algorithm + "\",\"typ\":\"JWT\"}").getBytes(StandardCharsets.UTF_8));
        String body = B64.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
        if (algorithm.equals("none")) {
            return header + "." + body + ".";
        }
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return header + "." + body + "." + B64.encodeToString(mac.doFinal((header + "." + body).getBytes(StandardCharsets.UTF_8)));
    }

    private static String claims(String subject, String roles, long expires) {
        return "{\"sub\":\"" + subject + "\",\"roles\":" + roles + ",\"iat\":" + Math.min(expires, Instant.now().getEpochSecond()) + ",\"exp\":" + expires + "}";
    }

    private static String platformSubject() {
        String token = api.platformToken();
        String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        return api.json(payload).get("sub").asText();
    }

    @Test
    void onlyATokenThatIsCurrentAndTrueToItsAccountIsAccepted() throws Exception {
        String app = api.createApp("forged", driver());
        String subject = platformSubject();
        long inAnHour = Instant.now().plusSeconds(3600).getEpochSecond();
        String genuine = sign("HS256", claims(subject, "[\"platform_admin\"]", inAnHour));
        assertThat(api.get("/api/_platform/apps", genuine).status()).as("the control").isEqualTo(200);
        assertThat(api.get("/api/" + app + "/_admin/users", genuine).status()).isEqualTo(200);

        Map<String, String> forged = Map.of(
                "expired", sign("HS256", claims(subject, "[\"platform_admin\"]", Instant.now().minusSeconds(5).getEpochSecond())),
                "no such account", sign("HS256", claims(UUID.randomUUID().toString(), "[\"platform_admin\"]", inAnHour)),
                "not a user id", sign("HS256", claims("root", "[\"platform_admin\"]", inAnHour)),
                "extra roles", sign("HS256", claims(subject, "[\"platform_admin\",\"admin\"]", inAnHour)),
                "alg none", sign("none", claims(subject, "[\"platform_admin\"]", inAnHour)),
                "no expiry", sign("HS256", "{\"sub\":\"" + subject + "\",\"roles\":[\"platform_admin\"]}"));
        forged.forEach((what, token) -> {
            for (String path : new String[] {"/api/_platform/apps", "/api/" + app + "/_admin/users", "/api/" + app + "/_ui/configs"}) {
                Api.Response response = api.get(path, token);
                assertThat(response.status()).as(what + " on " + path).isEqualTo(401);
                assertThat(response.errorCode()).isEqualTo("UNAUTHORIZED");
            }
        });
    }

    @Test
    void anAppsRefreshTokenIsDeadAfterRotationAndAfterLogout() {
        String app = api.createApp("refresh", driver());
        String path = "/api/" + app + "/auth/";
        Map<String, String> admin = Map.of("email", "admin@localhost", "password", "changeme");
        String first = api.post(path + "login", null, admin).json().at("/data/refresh_token").asText();
        String rotated = api.post(path + "refresh", null, Map.of("refresh_token", first)).json()
                .at("/data/refresh_token").asText();
        assertThat(api.post(path + "refresh", null, Map.of("refresh_token", first)).status()).isEqualTo(401);
        assertThat(api.post(path + "logout", null, Map.of("refresh_token", rotated)).status()).isEqualTo(200);
        Api.Response afterLogout = api.post(path + "refresh", null, Map.of("refresh_token", rotated));
        assertThat(afterLogout.status()).isEqualTo(401);
        assertThat(afterLogout.json().at("/error/message").asText()).isEqualTo("Invalid refresh token");
    }
}
