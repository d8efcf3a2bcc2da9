package rocket.application.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static rocket.application.auth.Refusals.refused;
import static rocket.application.auth.Refusals.unauthorized;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import rocket.application.auth.port.in.Realm;
import rocket.application.contract.MovableClock;
import rocket.domain.app.AppName;
import rocket.domain.auth.TokenPair;
import rocket.domain.auth.UserAccount;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.RocketException;

/** Login, refresh-token rotation and logout over in-memory account stores, for the platform and an app. */
class SessionServiceTest {
    private static final String PLATFORM_SECRET = "platform-secret";
    private static final String SHOP_SECRET = "shop-secret";
    private static final Realm SHOP = Realm.app(AppName.of("shop"));

    private final InMemoryUserAccountStore platformUsers = new InMemoryUserAccountStore();
    private final InMemoryRefreshTokenStore platformTokens = new InMemoryRefreshTokenStore();
    private final InMemoryUserAccountStore shopUsers = new InMemoryUserAccountStore();
    private final InMemoryRefreshTokenStore shopTokens = new InMemoryRefreshTokenStore();
    private final FakeTokens tokens = new FakeTokens();
    private final MovableClock clock = new MovableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final SessionService sessions = new SessionService(platformUsers, platformTokens, app -> {
        if (!app.equals("shop")) {
            throw RocketException.of(ErrorCode.APP_NOT_FOUND, "App not found: " + app);
        }
        return new AuthStores(shopUsers, shopTokens, null, null, SHOP_SECRET);
    }, FakeTokens.hasher(), tokens, AuthSettings.withDefaults(PLATFORM_SECRET), clock);

    @Test
    void loginIssuesAPairSignedAndStoredInTheCallersRealm() {
        UserAccount ada = user(shopUsers, "ada@example.com", "secret-1", true);

        TokenPair pair = sessions.login(SHOP, "ada@example.com", "secret-1");

        assertThat(tokens.verify(pair.accessToken(), SHOP_SECRET)).hasValueSatisfying(p -> {
            assertThat(p.userId()).isEqualTo(ada.id().toString());
            assertThat(p.roles()).containsExactly("editor");
        });
        assertThat(tokens.verify(pair.accessToken(), PLATFORM_SECRET)).isEmpty();
        assertThat(shopTokens.find(UUID.fromString(pair.refreshToken()))).isPresent();
        assertThat(platformTokens.size()).isZero();
    }

    @Test
    void thePlatformRealmUsesThePlatformsStoresAndSecret() {
        user(platformUsers, "root@example.com", "secret-1", true);

        TokenPair pair = sessions.login(Realm.platform(), "root@example.com", "secret-1");

        assertThat(tokens.verify(pair.accessToken(), PLATFORM_SECRET)).isPresent();
        assertThat(platformTokens.size()).isEqualTo(1);
        assertThatThrownBy(() -> sessions.login(SHOP, "root@example.com", "secret-1"))
                .satisfies(unauthorized("Invalid email or password"));
    }

    @Test
    void aWrongPasswordAnUnknownEmailOrADisabledAccountGetsNoSession() {
        user(shopUsers, "ada@example.com", "secret-1", true);
        user(shopUsers, "off@example.com", "secret-1", false);

        assertThatThrownBy(() -> sessions.login(SHOP, "ada@example.com", "wrong"))
                .satisfies(unauthorized("Invalid email or password"));
        assertThatThrownBy(() -> sessions.login(SHOP, "nobody@example.com", "secret-1"))
                .satisfies(unauthorized("Invalid email or password"));
        assertThatThrownBy(() -> sessions.login(SHOP, "off@example.com", "secret-1"))
                .satisfies(unauthorized("Account is disabled"));
        assertThatThrownBy(() -> sessions.login(SHOP, "ada@example.com", " "))
                .satisfies(unauthorized("Email and password are required"));
        assertThat(shopTokens.size()).isZero();
    }

    @Test
    void refreshRotatesTheTokenSoAUsedOneIsRefused() {
        user(shopUsers, "ada@example.com", "secret-1", true);
        TokenPair first = sessions.login(SHOP, "ada@example.com", "secret-1");

        TokenPair second = sessions.refresh(SHOP, first.refreshToken());

        assertThat(second.refreshToken()).isNotEqualTo(first.refreshToken());
        assertThat(tokens.verify(second.accessToken(), SHOP_SECRET)).isPresent();
        assertThatThrownBy(() -> sessions.refresh(SHOP, first.refreshToken()))
                .satisfies(unauthorized("Invalid refresh token"));
        assertThat(sessions.refresh(SHOP, second.refreshToken())).isNotNull();
    }

    @Test
    void aRefreshTokenWorksOnlyInItsOwnRealm() {
        user(shopUsers, "ada@example.com", "secret-1", true);
        TokenPair pair = sessions.login(SHOP, "ada@example.com", "secret-1");

        assertThatThrownBy(() -> sessions.refresh(Realm.platform(), pair.refreshToken()))
                .satisfies(unauthorized("Invalid refresh token"));
        assertThat(sessions.refresh(SHOP, pair.refreshToken())).isNotNull();
    }

    @Test
    void anExpiredRefreshTokenIsRefusedAndUsedUp() {
        user(shopUsers, "ada@example.com", "secret-1", true);
        TokenPair pair = sessions.login(SHOP, "ada@example.com", "secret-1");
        clock.advance(AuthSettings.withDefaults(PLATFORM_SECRET).refreshTokenLifetime().plusSeconds(1));

        assertThatThrownBy(() -> sessions.refresh(SHOP, pair.refreshToken()))
                .satisfies(unauthorized("Refresh token expired"));
        assertThatThrownBy(() -> sessions.refresh(SHOP, pair.refreshToken()))
                .satisfies(unauthorized("Invalid refresh token"));
    }

    @Test
    void refreshRefusesAnAccountDisabledOrDeletedSinceLogin() {
        UserAccount ada = user(shopUsers, "ada@example.com", "secret-1", true);
        UserAccount bob = user(shopUsers, "bob@example.com", "secret-2", true);
        TokenPair adas = sessions.login(SHOP, "ada@example.com", "secret-1");
        TokenPair bobs = sessions.login(SHOP, "bob@example.com", "secret-2");
        shopUsers.update(ada.id(), ada.email(), null, ada.roles(), false);
        shopUsers.delete(bob.id());

        assertThatThrownBy(() -> sessions.refresh(SHOP, adas.refreshToken()))
                .satisfies(unauthorized("Account is disabled"));
        assertThatThrownBy(() -> sessions.refresh(SHOP, bobs.refreshToken()))
                .satisfies(unauthorized("Invalid refresh token"));
    }

    @Test
    void logoutRevokesTheRefreshTokenAndAcceptsUnknownOnes() {
        user(shopUsers, "ada@example.com", "secret-1", true);
        TokenPair pair = sessions.login(SHOP, "ada@example.com", "secret-1");

        sessions.logout(SHOP, pair.refreshToken());
        sessions.logout(SHOP, pair.refreshToken());
        sessions.logout(SHOP, "not-a-token");

        assertThat(shopTokens.size()).isZero();
        assertThatThrownBy(() -> sessions.refresh(SHOP, pair.refreshToken()))
                .satisfies(unauthorized("Invalid refresh token"));
        assertThatThrownBy(() -> sessions.logout(SHOP, ""))
                .satisfies(unauthorized("Refresh token is required"));
    }

    @Test
    void anUnknownAppIsNotFoundBeforeAnyCredentialIsChecked() {
        assertThatThrownBy(() -> sessions.login(Realm.app(AppName.of("nope")), "", ""))
                .satisfies(refused(ErrorCode.APP_NOT_FOUND, "App not found: nope"));
    }

    private static UserAccount user(InMemoryUserAccountStore users, String email, String password, boolean active) {
        return users.create(email, FakeTokens.hasher().hash(password), List.of("editor"), active).orElseThrow();
    }
}
