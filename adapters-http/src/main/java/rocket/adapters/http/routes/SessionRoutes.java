package rocket.adapters.http.routes;

import rocket.domain.app.AppName;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import rocket.adapters.http.security.LoginThrottle;
import rocket.adapters.http.support.JsonBodies;
import rocket.adapters.http.support.Responses;
import rocket.application.apps.port.in.ResolveAppUseCase;
import rocket.application.auth.port.in.LoginUseCase;
import rocket.application.auth.port.in.LogoutUseCase;
import rocket.application.auth.port.in.Realm;
import rocket.application.auth.port.in.RefreshSessionUseCase;
import rocket.domain.auth.TokenPair;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.RocketException;

/** Login, refresh and logout under a prefix: the platform's {@code /api/_platform/auth} or an app's {@code /api/{app}/auth}. */
public final class SessionRoutes implements RouteGroup {
    private final String prefix;
    private final Function<Context, Realm> realm;
    private final Sessions sessions;
    private final JsonBodies bodies;
    private final LoginThrottle throttle;

    /** The three session use cases these routes call. */
    public record Sessions(LoginUseCase login, RefreshSessionUseCase refresh, LogoutUseCase logout) {
    }

    private SessionRoutes(String prefix, Function<Context, Realm> realm, Sessions sessions, JsonBodies bodies,
                          LoginThrottle throttle) {
        this.prefix = prefix;
        this.realm = realm;
        this.sessions = sessions;
        this.bodies = bodies;
        this.throttle = throttle;
    }

    public static SessionRoutes platform(Sessions sessions, JsonBodies bodies, LoginThrottle throttle) {
        return new SessionRoutes("/api/_platform/auth", ctx -> Realm.platform(), sessions, bodies, throttle);
    }

    public static SessionRoutes app(Sessions sessions, ResolveAppUseCase resolveApp, JsonBodies bodies,
                                    LoginThrottle throttle) {
        return new SessionRoutes("/api/{app}/auth", ctx -> {
            AppName app = AppName.of(ctx.pathParam("app"));
            resolveApp.requireApp(app);
            return Realm.app(app);
        }, sessions, bodies, throttle);
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post(prefix + "/login", ctx -> {
            Realm r = realm.apply(ctx); // resolve the realm (and so the app) before reading the body
            throttle.admitAddress(ctx.ip());
            Map<String, Object> body = bodies.object(ctx);
            String email = JsonBodies.string(body, "email");
            String realmKey = r instanceof Realm.App app ? app.name().value() : "_platform"; // no app can be named _platform
            throttle.admitAccount(realmKey, email);
            TokenPair pair;
            try {
                pair = sessions.login().login(r, email, JsonBodies.string(body, "password"));
            } catch (RocketException e) {
                if (e.code() == ErrorCode.UNAUTHORIZED) {
                    throttle.failed(realmKey, email);
                }
                throw e;
            }
            tokens(ctx, pair);
        });
        routes.post(prefix + "/refresh", ctx -> {
            Realm r = realm.apply(ctx);
            throttle.admitAddress(ctx.ip());
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
