package rocket.application.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static rocket.application.auth.Refusals.refused;
import static rocket.application.auth.Refusals.unauthorized;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import rocket.application.events.EventBuffer;
import rocket.application.events.EventSettings;
import rocket.application.events.Tracer;
import rocket.domain.app.AppName;
import rocket.domain.auth.Principal;
import rocket.domain.auth.UserAccount;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.RocketException;

/** Token acceptance over in-memory accounts: the app's own tokens, then platform tokens as app admins. */
class AuthenticationServiceTest {
    private static final AppName SHOP = new AppName("shop");
    private static final String PLATFORM_SECRET = "platform-secret";
    private static final String SHOP_SECRET = "shop-secret";
    private static final String NO_LONGER_VALID =
            "Token no longer valid: the account was disabled, deleted or changed; log in again";

    private final InMemoryUserAccountStore platformUsers = new InMemoryUserAccountStore();
    private final InMemoryUserAccountStore shopUsers = new InMemoryUserAccountStore();
    private final FakeTokens tokens = new FakeTokens();
    // requests here are not traced, so the tracer only runs the work and the buffer is never written
    private final Tracer untraced = new Tracer(new EventBuffer(null,
            new EventSettings(true, 1.0, 10, Duration.ofMillis(100), 7)), Clock.systemUTC());
    private final AuthenticationService authentication = new AuthenticationService(app -> {
        if (!app.equals("shop")) {
            throw RocketException.of(ErrorCode.APP_NOT_FOUND, "App not found: " + app);
        }
        return new AuthStores(shopUsers, new InMemoryRefreshTokenStore(), null, null, SHOP_SECRET);
    }, tokens, AuthSettings.withDefaults(PLATFORM_SECRET), untraced, platformUsers,
            new AccountStates(Clock.systemUTC()));

    @Test
    void anAppTokenIsItsUserWithTheRolesItWasIssuedWith() {
        UserAccount ada = shopUsers.create("ada@example.com", "h", List.of("editor"), true).orElseThrow();

        Principal caller = authentication.authenticateApp(SHOP, token(ada, SHOP_SECRET));

        assertThat(caller).isEqualTo(new Principal(ada.id().toString(), List.of("editor")));
    }

    @Test
    void aPlatformTokenIsAnAppAdminButAnAppTokenIsNoPlatformUser() {
        UserAccount ops = platformUsers.create("ops@example.com", "h", List.of("support"), true).orElseThrow();
        UserAccount ada = shopUsers.create("ada@example.com", "h", List.of("editor"), true).orElseThrow();

        assertThat(authentication.authenticateApp(SHOP, token(ops, PLATFORM_SECRET)).roles())
                .containsExactly("support", Principal.ADMIN);
        assertThat(authentication.authenticatePlatform(token(ops, PLATFORM_SECRET)).roles()).containsExactly("support");
        assertThatThrownBy(() -> authentication.authenticatePlatform(token(ada, SHOP_SECRET)))
                .satisfies(unauthorized("Invalid or expired token"));
    }

    @Test
    void aTokenSignedForAnotherAppIsRefused() {
        UserAccount ada = shopUsers.create("ada@example.com", "h", List.of("editor"), true).orElseThrow();

        assertThatThrownBy(() -> authentication.authenticateApp(SHOP, token(ada, "blog-secret")))
                .satisfies(unauthorized("Invalid or expired token"));
    }

    @Test
    void aTokenOfAnAccountDisabledOrDemotedSinceItWasIssuedIsRefused() {
        UserAccount off = shopUsers.create("off@example.com", "h", List.of("editor"), false).orElseThrow();
        UserAccount demoted = shopUsers.create("was-admin@example.com", "h", List.of("viewer"), true).orElseThrow();
        String demotedToken = tokens.issue(new Principal(demoted.id().toString(), List.of(Principal.ADMIN)),
                SHOP_SECRET, Instant.now(), Duration.ofMinutes(15));

        assertThatThrownBy(() -> authentication.authenticateApp(SHOP, token(off, SHOP_SECRET)))
                .satisfies(unauthorized(NO_LONGER_VALID));
        assertThatThrownBy(() -> authentication.authenticateApp(SHOP, demotedToken))
                .satisfies(unauthorized(NO_LONGER_VALID));
    }

    @Test
    void anUnknownAppIsNotFoundBeforeTheMissingTokenIsUnauthorized() {
        assertThatThrownBy(() -> authentication.authenticateApp(new AppName("nope"), null))
                .satisfies(refused(ErrorCode.APP_NOT_FOUND, "App not found: nope"));
        assertThatThrownBy(() -> authentication.authenticateApp(SHOP, null))
                .satisfies(unauthorized("Missing auth token"));
    }

    private String token(UserAccount user, String secret) {
        return tokens.issue(new Principal(user.id().toString(), user.roles()), secret, Instant.now(),
                Duration.ofMinutes(15));
    }
}
