package rocket.adapters.http.routes;

import io.javalin.config.RoutesConfig;
import java.util.LinkedHashMap;
import java.util.Map;
import rocket.adapters.http.support.Guard;
import rocket.adapters.http.support.JsonBodies;
import rocket.adapters.http.support.Responses;
import rocket.application.definitions.port.in.ManageUiConfigsUseCase;
import rocket.application.definitions.port.in.ReadUiConfigsUseCase;
import rocket.application.definitions.port.in.UiConfigCommand;
import rocket.domain.ui.UiConfig;

/** UI configs: admin CRUD under {@code /_admin/ui-configs}, default-scope reads under {@code /_ui} for any app user. */
public final class UiConfigRoutes implements RouteGroup {
    private static final String ADMIN = "/api/{app}/_admin/ui-configs";
    private final ManageUiConfigsUseCase manage;
    private final ReadUiConfigsUseCase read;
    private final JsonBodies bodies;
    private final Guard guard;

    public UiConfigRoutes(ManageUiConfigsUseCase manage, ReadUiConfigsUseCase read, JsonBodies bodies, Guard guard) {
        this.manage = manage;
        this.read = read;
        this.bodies = bodies;
        this.guard = guard;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(ADMIN, ctx -> Responses.data(ctx, 200,
                manage.listUiConfigs(guard.adminApp(ctx)).stream().map(UiConfigRoutes::row).toList()));
        routes.get(ADMIN + "/{id}", ctx -> Responses.data(ctx, 200, row(manage.getUiConfig(guard.adminApp(ctx), ctx.pathParam("id")))));
        routes.post(ADMIN, ctx -> {
            String app = guard.adminApp(ctx);
            Responses.data(ctx, 201, row(manage.createUiConfig(app, command(bodies.object(ctx)))));
        });
        routes.put(ADMIN + "/{id}", ctx -> {
            String app = guard.adminApp(ctx);
            Responses.data(ctx, 200, row(manage.updateUiConfig(app, ctx.pathParam("id"), command(bodies.object(ctx)))));
        });
        routes.delete(ADMIN + "/{id}", ctx -> {
            String app = guard.adminApp(ctx);
            Responses.deleted(ctx, "id", manage.deleteUiConfig(app, ctx.pathParam("id")).toString());
        });
        routes.get("/api/{app}/_ui/configs", ctx -> {
            String app = guard.userApp(ctx);
            Responses.data(ctx, 200, read.defaultUiConfigs(app).stream().map(UiConfigRoutes::row).toList());
        });
        routes.get("/api/{app}/_ui/config/{entity}", ctx -> {
            String app = guard.userApp(ctx);
            Responses.data(ctx, 200, read.defaultUiConfig(app, ctx.pathParam("entity")).map(UiConfigRoutes::row)
                    .orElse(null));
        });
    }

    private static UiConfigCommand command(Map<String, Object> body) {
        return new UiConfigCommand(JsonBodies.string(body, "entity"), JsonBodies.string(body, "scope"),
                JsonBodies.object(body, "config"));
    }

    private static Map<String, Object> row(UiConfig config) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", config.id().toString());
        m.put("entity", config.entity());
        m.put("scope", config.scope());
        m.put("config", config.config());
        m.put("created_at", config.createdAt());
        m.put("updated_at", config.updatedAt());
        return m;
    }
}
