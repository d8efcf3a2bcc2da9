package rocket.application.auth;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import rocket.application.apps.port.out.AppStores;
import rocket.application.auth.port.in.LoginUseCase;
import rocket.application.auth.port.in.LogoutUseCase;
import rocket.application.auth.port.in.Realm;
import rocket.application.auth.port.in.RefreshSessionUseCase;
import rocket.application.auth.port.out.PasswordHasher;
import rocket.application.auth.port.out.RefreshTokenStore;
import rocket.application.auth.port.out.TokenIssuer;
import rocket.application.auth.port.out.UserAccountStore;
import rocket.domain.auth.Principal;
import rocket.domain.auth.RefreshToken;
import rocket.domain.auth.TokenPair;
import rocket.domain.auth.UserAccount;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.RocketException;

/** Login, refresh-token rotation and logout for the platform and for every app. */
public final class SessionService implements LoginUseCase, RefreshSessionUseCase, LogoutUseCase {
    private final AccountRealm platform;
    private final AppStores<AuthStores> apps;
    private final PasswordHasher hasher;
    private final TokenIssuer tokens;
    private final AuthSettings settings;
    private final Clock clock;
    /** Compared against when the email is unknown, so a wrong email costs as much time as a wrong password. */
    private final String decoyHash;

    public SessionService(UserAccountStore platformUsers, RefreshTokenStore platformTokens, AppStores<AuthStores> apps,
                          PasswordHasher hasher, TokenIssuer tokens, AuthSettings settings, Clock clock) {
        this.platform = new AccountRealm(platformUsers, platformTokens, settings.platformSecret());
        this.apps = apps;
        this.hasher = hasher;
        this.tokens = tokens;
        this.settings = settings;
        this.clock = clock;
        this.decoyHash = hasher.hash(UUID.randomUUID().toString());
    }

    @Override
    public TokenPair login(Realm realm, String email, String password) {
        AccountRealm accounts = accountsOf(realm);
        if (isBlank(email) || isBlank(password)) {
            throw unauthorized("Email and password are required");
        }
        Optional<UserAccount> user = accounts.users().findByEmail(email);
        boolean matches = hasher.matches(password, user.map(UserAccount::passwordHash).orElse(decoyHash));
        if (user.isEmpty() || !matches) {
            throw unauthorized("Invalid email or password");
        }
        if (!user.get().active()) {
            throw unauthorized("Account is disabled");
        }
        return issuePair(accounts, user.get());
    }

    @Override
    public TokenPair refresh(Realm realm, String refreshToken) {
        AccountRealm accounts = accountsOf(realm);
        if (isBlank(refreshToken)) {
            throw unauthorized("Refresh token is required");
        }
        UUID token = parseToken(refreshToken).orElseThrow(() -> unauthorized("Invalid refresh token"));
        RefreshToken stored = accounts.refreshTokens().find(token)
                .orElseThrow(() -> unauthorized("Invalid refresh token"));
        boolean consumed = accounts.refreshTokens().delete(token);
        if (stored.expiresAt().isBefore(clock.instant())) {
            throw unauthorized("Refresh token expired");
        }
        if (!consumed) {
            throw unauthorized("Invalid refresh token"); // a concurrent refresh used it first
        }
        UserAccount user = accounts.users().findById(stored.userId())
                .orElseThrow(() -> unauthorized("Invalid refresh token"));
        if (!user.active()) {
            throw unauthorized("Account is disabled");
        }
        return issuePair(accounts, user);
    }

    @Override
    public void logout(Realm realm, String refreshToken) {
        AccountRealm accounts = accountsOf(realm);
        if (isBlank(refreshToken)) {
            throw unauthorized("Refresh token is required");
        }
        parseToken(refreshToken).ifPresent(accounts.refreshTokens()::delete);
    }

    /** Opens a session for a user the core has just authenticated by other means (an accepted invite). */
    public TokenPair openSession(Realm realm, UserAccount user) {
        return issuePair(accountsOf(realm), user);
    }

    private TokenPair issuePair(AccountRealm accounts, UserAccount user) {
        Instant now = clock.instant();
        String access = tokens.issue(new Principal(user.id().toString(), user.roles()), accounts.signingSecret(),
                now, settings.accessTokenLifetime());
        UUID refresh = UUID.randomUUID();
        accounts.refreshTokens().save(new RefreshToken(refresh, user.id(), now.plus(settings.refreshTokenLifetime())));
        return new TokenPair(access, refresh.toString());
    }

    private AccountRealm accountsOf(Realm realm) {
        return switch (realm) {
            case Realm.Platform p -> platform;
            case Realm.App app -> apps.of(app.name().value()).realm();
        };
    }

    private static Optional<UUID> parseToken(String text) {
        try {
            return Optional.of(UUID.fromString(text.trim()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static RocketException unauthorized(String message) {
        return RocketException.of(ErrorCode.UNAUTHORIZED, message);
    }
}
