package rocket.application.service;

import java.util.ArrayList;
import java.util.List;
import rocket.application.port.in.AuthenticateUseCase;
import rocket.application.port.in.ResolveAppUseCase;
import rocket.application.port.out.TokenIssuer;
import rocket.domain.auth.Principal;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.RocketException;

/** Applies the contract's token acceptance: app secret first, then the platform secret (as admin). */
public final class AuthenticationService implements AuthenticateUseCase, ResolveAppUseCase {
    private final Tracer tracer;
    private final AppRegistry apps;
    private final TokenIssuer tokens;
    private final String platformSecret;

    public AuthenticationService(AppRegistry apps, TokenIssuer tokens, AuthSettings settings, Tracer tracer) {
        this.tracer = tracer;
        this.apps = apps;
        this.tokens = tokens;
        this.platformSecret = settings.platformSecret();
    }

    @Override
    public void requireApp(String name) {
        apps.resolve(name);
    }

    @Override
    public Principal authenticatePlatform(String token) {
        requirePresent(token);
        return tokens.verify(token, platformSecret).orElseThrow(AuthenticationService::invalid);
    }

    @Override
    public Principal authenticateApp(String app, String token) {
        long started = System.nanoTime();
        AppContext context = apps.resolve(app);
        requirePresent(token);
        Principal caller = tokens.verify(token, context.app().jwtSecret())
                .or(() -> tokens.verify(token, platformSecret).map(AuthenticationService::asAppAdmin))
                .orElseThrow(AuthenticationService::invalid);
        tracer.finished("auth", "jwt", "auth.verify", System.nanoTime() - started);
        return caller;
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
