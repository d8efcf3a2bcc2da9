package rocket.adapters.http.routes;

import io.javalin.config.RoutesConfig;
import java.util.LinkedHashMap;
import java.util.Map;
import rocket.adapters.http.support.Guard;
import rocket.adapters.http.support.JsonBodies;
import rocket.adapters.http.support.Responses;
import rocket.application.auth.port.in.ListUsersUseCase;
import rocket.application.auth.port.in.ManageUsersUseCase;
import rocket.application.auth.port.in.UserCommand;
import rocket.domain.app.AppName;
import rocket.domain.auth.UserAccount;

/** {@code /api/{app}/_admin/users}: the app's users (app admin only; hashes never leave the server). */
public final class AdminUserRoutes implements RouteGroup {
    private static final String BASE = "/api/{app}/_admin/users";
    private final ListUsersUseCase listUsers;
    private final ManageUsersUseCase manageUsers;
    private final JsonBodies bodies;
    private final Guard guard;

    public AdminUserRoutes(ListUsersUseCase listUsers, ManageUsersUseCase manageUsers, JsonBodies bodies, Guard guard) {
        this.listUsers = listUsers;
        this.manageUsers = manageUsers;
        this.bodies = bodies;
        this.guard = guard;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(BASE, ctx -> Responses.data(ctx, 200,
                listUsers.listUsers(guard.adminApp(ctx)).stream().map(AdminUserRoutes::row).toList()));
        routes.get(BASE + "/{id}", ctx -> Responses.data(ctx, 200,
                row(manageUsers.getUser(guard.adminApp(ctx), ctx.pathParam("id")))));
        routes.post(BASE, ctx -> {
            AppName app = guard.adminApp(ctx);
            Responses.data(ctx, 201, row(manageUsers.createUser(app, command(bodies.object(ctx)))));
        });
        routes.put(BASE + "/{id}", ctx -> {
            AppName app = guard.adminApp(ctx);
            Responses.data(ctx, 200, row(manageUsers.updateUser(app, ctx.pathParam("id"), command(bodies.object(ctx)))));
        });
        routes.delete(BASE + "/{id}", ctx -> {
            AppName app = guard.adminApp(ctx);
            Responses.deleted(ctx, "id", manageUsers.deleteUser(app, ctx.pathParam("id")).toString());
        });
    }

    private static UserCommand command(Map<String, Object> body) {
        return new UserCommand(JsonBodies.string(body, "email"), JsonBodies.string(body, "password"),
                JsonBodies.stringList(body, "roles"), JsonBodies.bool(body, "active"));
    }

    private static Map<String, Object> row(UserAccount user) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", user.id().toString());
        m.put("email", user.email());
        m.put("roles", user.roles());
        m.put("active", user.active());
        m.put("created_at", user.createdAt());
        m.put("updated_at", user.updatedAt());
        return m;
    }
}
