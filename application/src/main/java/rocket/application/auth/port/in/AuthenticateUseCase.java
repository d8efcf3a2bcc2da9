package rocket.application.auth.port.in;

import rocket.domain.app.AppName;
import rocket.domain.auth.Principal;

/** Turns a bearer token into the caller, per the contract's token-acceptance rules. */
public interface AuthenticateUseCase {
    /** Only platform tokens are accepted. */
    Principal authenticatePlatform(String token);

    /**
     * Resolves the app first (unknown app is APP_NOT_FOUND before any 401), then accepts the app's own
     * tokens, or platform tokens with the {@code admin} role added.
     */
    Principal authenticateApp(AppName app, String token);
}
