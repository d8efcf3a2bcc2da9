package rocket.adapters.http.routes;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import rocket.adapters.http.support.JsonBodies;
import rocket.adapters.http.support.Responses;
import rocket.application.port.in.LoginUseCase;
import rocket.application.port.in.LogoutUseCase;
import rocket.application.port.in.Realm;
import rocket.application.port.in.RefreshSessionUseCase;
import rocket.application.port.in.ResolveAppUseCase;
import rocket.domain.auth.TokenPair;

/** Login, refresh and logout under a prefix: the platform's {@code /api/_platform/auth} or an app's {@code /api/{app}/auth}. */
public final class SessionRoutes implements RouteGroup {
    private final String prefix;
    private final Function<Context, Realm> realm;
    private final Sessions sessions;
    private final JsonBodies bodies;

    /** The three session use cases these routes call. */
    public record Sessions(LoginUseCase login, RefreshSessionUseCase refresh, LogoutUseCase logout) {
    }

    private SessionRoutes(String prefix, Function<Context, Realm> realm, Sessions sessions, JsonBodies bodies) {
        this.prefix = prefix;
        this.realm = realm;
        this.sessions = sessions;
        this.bodies = bodies;
    }

    public static SessionRoutes platform(Sessions sessions, JsonBodies bodies) {
        return new SessionRoutes("/api/_platform/auth", ctx -> Realm.platform(), sessions, bodies);
    }

    public static SessionRoutes app(Sessions sessions, ResolveAppUseCase resolveApp, JsonBodies bodies) {
        return new SessionRoutes("/api/{app}/auth", ctx -> {
            String app = ctx.pathParam("app");
            resolveApp.requireApp(app);
            return Realm.app(app);
        }, sessions, bodies);
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post(prefix + "/login", ctx -> {
            Realm r = realm.apply(ctx); // resolve the realm (and so the app) before reading the body
            Map<String, Object> body = bodies.object(ctx);
            tokens(ctx, sessions.login().login(r, JsonBodies.string(body, "email"), JsonBodies.string(body, "password")));
        });
        routes.post(prefix + "/refresh", ctx -> {
            Realm r = realm.apply(ctx);
            Map<String, Object> body = bodies.object(ctx);
            tokens(ctx, sessions.refresh().refresh(r, JsonBodies.string(body, "refresh_token")));
        });
        routes.post(prefix + "/logout", ctx -> {
            Realm r = realm.apply(ctx);
            Map<String, Object> body = bodies.object(ctx);
            sessions.logout().logout(r, JsonBodies.string(body, "refresh_token"));
            Responses.message(ctx, "Logged out");
        });
    }

    private static void tokens(Context ctx, TokenPair pair) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("access_token", pair.accessToken());
        data.put("refresh_token", pair.refreshToken());
        Responses.data(ctx, 200, data);
    }
}
