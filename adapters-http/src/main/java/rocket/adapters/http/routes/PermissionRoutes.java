package rocket.adapters.http.routes;

import io.javalin.config.RoutesConfig;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import rocket.adapters.http.support.Guard;
import rocket.adapters.http.support.JsonBodies;
import rocket.adapters.http.support.Responses;
import rocket.application.definitions.port.in.ManagePermissionsUseCase;
import rocket.application.definitions.port.in.PermissionCommand;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.RocketException;
import rocket.domain.metadata.Permission;
import rocket.domain.metadata.PermissionCondition;

/** {@code /api/{app}/_admin/permissions} (app admin). */
public final class PermissionRoutes implements RouteGroup {
    private static final String BASE = "/api/{app}/_admin/permissions";
    private final ManagePermissionsUseCase permissions;
    private final JsonBodies bodies;
    private final Guard guard;

    public PermissionRoutes(ManagePermissionsUseCase permissions, JsonBodies bodies, Guard guard) {
        this.permissions = permissions;
        this.bodies = bodies;
        this.guard = guard;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(BASE, ctx -> Responses.data(ctx, 200,
                permissions.listPermissions(guard.adminApp(ctx)).stream().map(p -> row(p, true)).toList()));
        routes.get(BASE + "/{id}", ctx -> Responses.data(ctx, 200,
                row(permissions.getPermission(guard.adminApp(ctx), ctx.pathParam("id")), true)));
        routes.post(BASE, ctx -> {
            String app = guard.adminApp(ctx);
            Responses.data(ctx, 201, row(permissions.createPermission(app, command(bodies.object(ctx))), false));
        });
        routes.put(BASE + "/{id}", ctx -> {
            String app = guard.adminApp(ctx);
            Responses.data(ctx, 200, row(permissions.updatePermission(app, ctx.pathParam("id"),
                    command(bodies.object(ctx))), false));
        });
        routes.delete(BASE + "/{id}", ctx -> {
            String app = guard.adminApp(ctx);
            Responses.deleted(ctx, "id", permissions.deletePermission(app, ctx.pathParam("id")).toString());
        });
    }

    private static PermissionCommand command(Map<String, Object> body) {
        List<PermissionCondition> conditions = null;
        Object raw = body.get("conditions");
        if (raw != null) {
            if (!(raw instanceof List<?> list)) {
                throw RocketException.of(ErrorCode.VALIDATION_FAILED, "conditions must be an array");
            }
            conditions = new ArrayList<>();
            for (Object item : list) {
                if (!(item instanceof Map<?, ?> m)) {
                    throw RocketException.of(ErrorCode.VALIDATION_FAILED, "each condition must be an object");
                }
                conditions.add(new PermissionCondition(m.get("field") instanceof String f ? f : null,
                        m.get("operator") instanceof String o ? o : null, m.get("value")));
            }
        }
        return new PermissionCommand(JsonBodies.string(body, "entity"), JsonBodies.string(body, "action"),
                JsonBodies.stringList(body, "roles"), conditions);
    }

    private static Map<String, Object> row(Permission p, boolean withTimestamps) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id().toString());
        m.put("entity", p.entity());
        m.put("action", p.action());
        m.put("roles", p.roles());
        List<Map<String, Object>> conditions = new ArrayList<>();
        for (PermissionCondition c : p.conditions()) {
            Map<String, Object> cm = new LinkedHashMap<>();
            cm.put("field", c.field());
            cm.put("operator", c.operator());
            cm.put("value", c.value());
            conditions.add(cm);
        }
        m.put("conditions", conditions);
        if (withTimestamps) {
            m.put("created_at", p.createdAt());
            m.put("updated_at", p.updatedAt());
        }
        return m;
    }
}
