package rocket.adapters.http.support;

import io.javalin.http.Context;
import rocket.application.auth.port.in.AuthenticateUseCase;
import rocket.domain.app.AppName;
import rocket.domain.auth.Principal;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.RocketException;

/** Authenticates a request from its {@code Authorization: Bearer} header (contract §0.4). */
public final class Guard {
    private static final String PRINCIPAL = "rocket.principal";
    private final AuthenticateUseCase authenticate;

    public Guard(AuthenticateUseCase authenticate) {
        this.authenticate = authenticate;
    }

    public Principal platform(Context ctx) {
        return remember(ctx, authenticate.authenticatePlatform(bearer(ctx)));
    }

    /** App user of an app named by a validated name; an unknown app is 404 before any 401. */
    public Principal appUser(Context ctx, AppName app) {
        return remember(ctx, authenticate.authenticateApp(app, bearer(ctx)));
    }

    public Principal appAdmin(Context ctx, AppName app) {
        return requireAdmin(appUser(ctx, app));
    }

    /** Authenticates an app admin for the {@code {app}} path parameter and returns the app's name. */
    public AppName adminApp(Context ctx) {
        AppName app = userApp(ctx);
        requireAdmin(current(ctx));
        return app;
    }

    /** Authenticates an app user for the {@code {app}} path parameter and returns the app's name. */
    public AppName userApp(Context ctx) {
        String token = bearer(ctx); // a malformed header is refused before the app's name is judged
        AppName app = AppName.of(ctx.pathParam("app"));
        remember(ctx, authenticate.authenticateApp(app, token));
        return app;
    }

    private static Principal requireAdmin(Principal principal) {
        if (!principal.isAdmin()) {
            throw RocketException.of(ErrorCode.FORBIDDEN, "Admin access required");
        }
        return principal;
    }

    /** The caller authenticated earlier in this request, if any (for logging). */
    public static Principal current(Context ctx) {
        return ctx.attribute(PRINCIPAL);
    }

    private static Principal remember(Context ctx, Principal principal) {
        ctx.attribute(PRINCIPAL, principal);
        return principal;
    }

    /** The token of a {@code Bearer} header; null when there is no header (reported as a missing token). */
    private static String bearer(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || header.isBlank()) {
            return null;
        }
        int space = header.indexOf(' ');
        if (space < 0 || !header.substring(0, space).equalsIgnoreCase("bearer") || header.substring(space + 1).isBlank()) {
            throw RocketException.of(ErrorCode.UNAUTHORIZED, "Invalid auth header format");
        }
        return header.substring(space + 1).trim();
    }
}
