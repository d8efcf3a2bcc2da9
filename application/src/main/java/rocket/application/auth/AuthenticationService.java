package rocket.application.auth;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import rocket.application.apps.port.in.ResolveAppUseCase;
import rocket.application.apps.port.out.AppStores;
import rocket.application.auth.port.in.AuthenticateUseCase;
import rocket.application.auth.port.out.TokenIssuer;
import rocket.application.auth.port.out.UserAccountStore;
import rocket.application.events.Tracer;
import rocket.domain.app.AppName;
import rocket.domain.auth.Principal;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.RocketException;

/** Applies the contract's token acceptance: app secret first, then the platform secret (as admin). */
public final class AuthenticationService implements AuthenticateUseCase, ResolveAppUseCase {
    private final Tracer tracer;
    private final AppStores<AuthStores> apps;
    private final TokenIssuer tokens;
    private final String platformSecret;
    private final UserAccountStore platformUsers;
    private final AccountStates accounts;

    public AuthenticationService(AppStores<AuthStores> apps, TokenIssuer tokens, AuthSettings settings, Tracer tracer,
                                 UserAccountStore platformUsers, AccountStates accounts) {
        this.tracer = tracer;
        this.apps = apps;
        this.tokens = tokens;
        this.platformSecret = settings.platformSecret();
        this.platformUsers = platformUsers;
        this.accounts = accounts;
    }

    @Override
    public void requireApp(AppName name) {
        apps.of(name.value());
    }

    @Override
    public Principal authenticatePlatform(String token) {
        requirePresent(token);
        return platformUser(token).orElseThrow(AuthenticationService::invalid);
    }

    @Override
    public Principal authenticateApp(AppName app, String token) {
        long started = System.nanoTime();
        AuthStores stores = apps.of(app.value());
        requirePresent(token);
        Optional<Principal> appUser = tokens.verify(token, stores.signingSecret());
        Principal caller = appUser.isPresent()
                ? standing(app.value(), stores.users(), appUser.get())
                : platformUser(token).map(AuthenticationService::asAppAdmin).orElseThrow(AuthenticationService::invalid);
        tracer.finished("auth", "jwt", "auth.verify", System.nanoTime() - started);
        return caller;
    }

    /** A valid platform token whose account still stands. */
    private Optional<Principal> platformUser(String token) {
        return tokens.verify(token, platformSecret)
                .map(principal -> standing(AccountStates.PLATFORM, platformUsers, principal));
    }

    private Principal standing(String realm, UserAccountStore users, Principal principal) {
        if (!accounts.stands(realm, users, principal)) {
            throw RocketException.of(ErrorCode.UNAUTHORIZED,
                    "Token no longer valid: the account was disabled, deleted or changed; log in again");
        }
        return principal;
    }

    private static Principal asAppAdmin(Principal platformUser) {
        List<String> roles = new ArrayList<>(platformUser.roles());
        if (!platformUser.isAdmin()) {
            roles.add(Principal.ADMIN);
        }
        return new Principal(platformUser.userId(), roles);
    }

    private static void requirePresent(String token) {
        if (token == null || token.isBlank()) {
            throw RocketException.of(ErrorCode.UNAUTHORIZED, "Missing auth token");
        }
    }

    private static RocketException invalid() {
        return RocketException.of(ErrorCode.UNAUTHORIZED, "Invalid or expired token");
    }
}
