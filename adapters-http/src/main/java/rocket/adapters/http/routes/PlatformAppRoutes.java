package rocket.adapters.http.routes;

import io.javalin.config.RoutesConfig;
import java.util.LinkedHashMap;
import java.util.Map;
import rocket.adapters.http.support.Guard;
import rocket.adapters.http.support.JsonBodies;
import rocket.adapters.http.support.Responses;
import rocket.application.apps.port.in.CreateAppCommand;
import rocket.application.apps.port.in.CreateAppUseCase;
import rocket.application.apps.port.in.DeleteAppUseCase;
import rocket.application.apps.port.in.GetAppUseCase;
import rocket.application.apps.port.in.ListAppsUseCase;
import rocket.domain.app.AppInfo;

/** {@code /api/_platform/apps}: list, create, get and delete apps (platform token required). */
public final class PlatformAppRoutes implements RouteGroup {
    private final Apps apps;
    private final JsonBodies bodies;
    private final Guard guard;

    /** The app-management use cases these routes call. */
    public record Apps(ListAppsUseCase list, GetAppUseCase get, CreateAppUseCase create, DeleteAppUseCase delete) {
    }

    public PlatformAppRoutes(Apps apps, JsonBodies bodies, Guard guard) {
        this.apps = apps;
        this.bodies = bodies;
        this.guard = guard;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/api/_platform/apps", ctx -> {
            guard.platform(ctx);
            Responses.data(ctx, 200, apps.list().listApps().stream().map(a -> info(a, true)).toList());
        });
        routes.post("/api/_platform/apps", ctx -> {
            guard.platform(ctx);
            Map<String, Object> body = bodies.object(ctx);
            AppInfo created = apps.create().createApp(new CreateAppCommand(JsonBodies.string(body, "name"),
                    JsonBodies.string(body, "display_name"), JsonBodies.string(body, "db_driver")));
            Responses.data(ctx, 201, info(created, false));
        });
        routes.get("/api/_platform/apps/{name}", ctx -> {
            guard.platform(ctx);
            Responses.data(ctx, 200, info(apps.get().getApp(ctx.pathParam("name")), true));
        });
        routes.delete("/api/_platform/apps/{name}", ctx -> {
            guard.platform(ctx);
            apps.delete().deleteApp(ctx.pathParam("name"));
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
