package rocket.bootstrap.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlatformAuthHttpTest {
    private final Api api = TestServer.shared();

    private Api.Response login(String email, String password) {
        return api.post("/api/_platform/auth/login", null, Map.of("email", email, "password", password));
    }

    @Test
    void seededPlatformAdminLogsInWithATokenPair() {
        Api.Response response = login("platform@localhost", "changeme");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().at("/data/access_token").asText()).contains(".");
        assertThat(response.json().at("/data/refresh_token").asText()).matches("[0-9a-f-]{36}");
        String payload = new String(Base64.getUrlDecoder().decode(
                response.json().at("/data/access_token").asText().split("\\.")[1]), StandardCharsets.UTF_8);
        assertThat(payload).contains("\"roles\":[\"platform_admin\"]").contains("\"sub\":\"").contains("\"exp\":");
    }

    @Test
    void badPasswordIs401() {
        Api.Response response = login("platform@localhost", "wrong");
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.errorCode()).isEqualTo("UNAUTHORIZED");
        assertThat(response.json().at("/error/message").asText()).isEqualTo("Invalid email or password");
    }

    @Test
    void unknownEmailIs401WithTheSameMessage() {
        Api.Response response = login("nobody@localhost", "changeme");
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.json().at("/error/message").asText()).isEqualTo("Invalid email or password");
    }

    @Test
    void missingCredentialsAre401() {
        Api.Response response = api.post("/api/_platform/auth/login", null, Map.of("email", "platform@localhost"));
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.json().at("/error/message").asText()).isEqualTo("Email and password are required");
    }

    @Test
    void refreshRotatesTheTokenAndAReusedTokenIs401() {
        String refresh = login("platform@localhost", "changeme").json().at("/data/refresh_token").asText();
        Api.Response first = api.post("/api/_platform/auth/refresh", null, Map.of("refresh_token", refresh));
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().at("/data/refresh_token").asText()).isNotEqualTo(refresh);

        Api.Response reused = api.post("/api/_platform/auth/refresh", null, Map.of("refresh_token", refresh));
        assertThat(reused.status()).isEqualTo(401);
        assertThat(reused.json().at("/error/message").asText()).isEqualTo("Invalid refresh token");
    }

    @Test
    void logoutRevokesTheRefreshToken() {
        String refresh = login("platform@localhost", "changeme").json().at("/data/refresh_token").asText();
        Api.Response logout = api.post("/api/_platform/auth/logout", null, Map.of("refresh_token", refresh));
        assertThat(logout.status()).isEqualTo(200);
        assertThat(logout.json().toString()).isEqualTo("{\"message\":\"Logged out\"}");
        assertThat(api.post("/api/_platform/auth/refresh", null, Map.of("refresh_token", refresh)).status())
                .isEqualTo(401);
    }

    @Test
    void refreshWithoutTokenIs401() {
        Api.Response response = api.post("/api/_platform/auth/refresh", null, Map.of());
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.json().at("/error/message").asText()).isEqualTo("Refresh token is required");
    }

    @Test
    void platformRoutesNeedAToken() {
        Api.Response response = api.get("/api/_platform/apps", null);
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.json().at("/error/message").asText()).isEqualTo("Missing auth token");
    }

    @Test
    void malformedAuthorizationHeaderIs401() {
        Api.Response response = api.send(api.builder("/api/_platform/apps", null)
                .header("Authorization", "Token abc").GET());
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.json().at("/error/message").asText()).isEqualTo("Invalid auth header format");
    }

    @Test
    void tamperedSignatureIs401() {
        String token = api.platformToken();
        String[] parts = token.split("\\.");
        char last = parts[2].charAt(parts[2].length() - 2);
        String tampered = parts[0] + "." + parts[1] + "." + parts[2].substring(0, parts[2].length() - 2)
                + (last == 'A' ? 'B' : 'A') + parts[2].charAt(parts[2].length() - 1);
        assertThat(api.get("/api/_platform/apps", tampered).status()).isEqualTo(401);
    }

    @Test
    void tamperedPayloadIs401() {
        String[] parts = api.platformToken().split("\\.");
        String payload = Base64.getUrlEncoder().withoutPadding().encodeToString(
                "{\"sub\":\"x\",\"roles\":[\"platform_admin\"],\"exp\":9999999999}".getBytes(StandardCharsets.UTF_8));
        assertThat(api.get("/api/_platform/apps", parts[0] + "." + payload + "." + parts[2]).status()).isEqualTo(401);
    }

    @Test
    void algNoneTokenIs401() {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String header = b64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String payload = b64.encodeToString(("{\"sub\":\"00000000-0000-0000-0000-000000000001\","
                + "\"roles\":[\"platform_admin\"],\"exp\":9999999999}").getBytes(StandardCharsets.UTF_8));
        assertThat(api.get("/api/_platform/apps", header + "." + payload + ".").status()).isEqualTo(401);
    }

    @Test
    void tokenSignedWithAnotherHmacAlgorithmIs401() throws Exception {
        String[] parts = api.platformToken().split("\\.");
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String header = b64.encodeToString("{\"alg\":\"HS512\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA512");
        mac.init(new javax.crypto.spec.SecretKeySpec("changeme-platform-secret".getBytes(StandardCharsets.UTF_8),
                "HmacSHA512"));
        String signature = b64.encodeToString(mac.doFinal((header + "." + parts[1]).getBytes(StandardCharsets.UTF_8)));
        assertThat(api.get("/api/_platform/apps", header + "." + parts[1] + "." + signature).status()).isEqualTo(401);
    }
}
