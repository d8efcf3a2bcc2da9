package rocket.adapters.http.routes;

import rocket.domain.app.AppName;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import rocket.adapters.http.testing.FakeUseCases;
import rocket.adapters.http.testing.RouteTestServer;
import rocket.adapters.http.testing.RouteTestServer.Answer;
import rocket.application.apps.port.in.ResolveAppUseCase;
import rocket.application.auth.port.in.LoginUseCase;
import rocket.application.auth.port.in.LogoutUseCase;
import rocket.application.auth.port.in.Realm;
import rocket.application.auth.port.in.RefreshSessionUseCase;
import rocket.domain.auth.TokenPair;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.RocketException;

/** Login, refresh and logout on the real server, for the platform and for an app, with the login limits. */
class SessionRoutesTest {
    private static final int FAILURES_BEFORE_LOCKOUT = 3;
    private static final List<String> LOGINS = new CopyOnWriteArrayList<>();
    private static RouteTestServer server;

    @BeforeAll
    static void start() {
        LoginUseCase login = (realm, email, password) -> {
            LOGINS.add(realm + " " + email);
            if (!"right".equals(password)) {
                throw RocketException.of(ErrorCode.UNAUTHORIZED, "Invalid credentials");
            }
            return new TokenPair("access-" + email, "refresh-" + email);
        };
        RefreshSessionUseCase refresh = (realm, token) -> {
            if (!token.startsWith("refresh-")) {
                throw RocketException.of(ErrorCode.UNAUTHORIZED, "Invalid or expired refresh token");
            }
            return new TokenPair("access-again", "refresh-again");
        };
        LogoutUseCase logout = (realm, token) -> LOGINS.add("logout " + realm + " " + token);
        ResolveAppUseCase resolve = name -> {
            if (name.value().equals(FakeUseCases.MISSING_APP)) {
                throw RocketException.of(ErrorCode.APP_NOT_FOUND, "App not found: " + name);
            }
        };
        server = new RouteTestServer(new FakeUseCases().with(LoginUseCase.class, login)
                .with(RefreshSessionUseCase.class, refresh).with(LogoutUseCase.class, logout)
                .with(ResolveAppUseCase.class, resolve), 1000, FAILURES_BEFORE_LOCKOUT);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aLoginAnswersBothTokensInItsRealm() {
        Answer platform = login("/api/_platform/auth/login", "ops@example.com", "right");
        assertThat(platform.status()).isEqualTo(200);
        assertThat(platform.json().path("data").path("access_token").asText()).isEqualTo("access-ops@example.com");
        assertThat(platform.json().path("data").path("refresh_token").asText()).isEqualTo("refresh-ops@example.com");

        assertThat(login("/api/shop/auth/login", "agent@example.com", "right").status()).isEqualTo(200);
        assertThat(LOGINS).contains(Realm.platform() + " ops@example.com", Realm.app(AppName.of("shop")) + " agent@example.com");
    }

    @Test
    void anUnknownAppIsNotFoundBeforeTheBodyIsRead() {
        Answer answer = server.json("POST", "/api/" + FakeUseCases.MISSING_APP + "/auth/login", "not json");
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.errorCode()).isEqualTo("APP_NOT_FOUND");
    }

    @Test
    void repeatedFailuresLockTheAccountWithRetryAfterButNotItsTwinInAnotherRealm() {
        for (int i = 0; i < FAILURES_BEFORE_LOCKOUT; i++) {
            assertThat(login("/api/shop/auth/login", "victim@example.com", "wrong").status()).isEqualTo(401);
        }
        Answer locked = login("/api/shop/auth/login", "victim@example.com", "right");
        assertThat(locked.status()).isEqualTo(429);
        assertThat(locked.errorCode()).isEqualTo("RATE_LIMITED");
        assertThat(Long.parseLong(locked.header("Retry-After"))).isPositive();

        assertThat(login("/api/other/auth/login", "victim@example.com", "right").status()).isEqualTo(200);
    }

    @Test
    void refreshAndLogoutTakeTheRefreshToken() {
        Answer refreshed = server.json("POST", "/api/shop/auth/refresh", "{\"refresh_token\":\"refresh-x\"}");
        assertThat(refreshed.status()).isEqualTo(200);
        assertThat(refreshed.json().path("data").path("access_token").asText()).isEqualTo("access-again");

        Answer refused = server.json("POST", "/api/shop/auth/refresh", "{\"refresh_token\":\"stolen\"}");
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.errorCode()).isEqualTo("UNAUTHORIZED");

        Answer out = server.json("POST", "/api/_platform/auth/logout", "{\"refresh_token\":\"refresh-x\"}");
        assertThat(out.status()).isEqualTo(200);
        assertThat(out.json().path("message").asText()).isEqualTo("Logged out");
        assertThat(LOGINS).contains("logout " + Realm.platform() + " refresh-x");
    }

    private static Answer login(String path, String email, String password) {
        return server.json("POST", path, "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}");
    }
}
