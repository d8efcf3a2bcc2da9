package rocket.adapters.http.routes;

import io.javalin.config.RoutesConfig;
import java.util.LinkedHashMap;
import java.util.Map;
import rocket.adapters.http.UseCases;
import rocket.adapters.http.support.Guard;
import rocket.adapters.http.support.JsonBodies;
import rocket.adapters.http.support.Responses;
import rocket.application.port.in.CreateAppCommand;
import rocket.domain.app.AppInfo;

/** {@code /api/_platform/apps}: list, create, get and delete apps (platform token required). */
public final class PlatformAppRoutes implements RouteGroup {
    private final UseCases useCases;
    private final JsonBodies bodies;
    private final Guard guard;

    public PlatformAppRoutes(UseCases useCases, JsonBodies bodies, Guard guard) {
        this.useCases = useCases;
        this.bodies = bodies;
        this.guard = guard;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/api/_platform/apps", ctx -> {
            guard.platform(ctx);
            Responses.data(ctx, 200, useCases.listApps().listApps().stream().map(a -> info(a, true)).toList());
        });
        routes.post("/api/_platform/apps", ctx -> {
            guard.platform(ctx);
            Map<String, Object> body = bodies.object(ctx);
            AppInfo created = useCases.createApp().createApp(new CreateAppCommand(JsonBodies.string(body, "name"),
                    JsonBodies.string(body, "display_name"), JsonBodies.string(body, "db_driver")));
            Responses.data(ctx, 201, info(created, false));
        });
        routes.get("/api/_platform/apps/{name}", ctx -> {
            guard.platform(ctx);
            Responses.data(ctx, 200, info(useCases.getApp().getApp(ctx.pathParam("name")), true));
        });
        routes.delete("/api/_platform/apps/{name}", ctx -> {
            guard.platform(ctx);
            useCases.deleteApp().deleteApp(ctx.pathParam("name"));
            Responses.message(ctx, "App deleted");
        });
    }

    private static Map<String, Object> info(AppInfo app, boolean withTimestamps) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", app.name());
        m.put("display_name", app.displayName());
        m.put("db_name", app.dbName());
        m.put("db_driver", app.dbDriver());
        m.put("status", app.status());
        if (withTimestamps) {
            m.put("created_at", app.createdAt());
            m.put("updated_at", app.updatedAt());
        }
        return m;
    }
}
