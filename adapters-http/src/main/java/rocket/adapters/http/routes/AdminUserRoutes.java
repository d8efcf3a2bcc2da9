package rocket.adapters.http.routes;

import io.javalin.config.RoutesConfig;
import java.util.LinkedHashMap;
import java.util.Map;
import rocket.adapters.http.support.Guard;
import rocket.adapters.http.support.Responses;
import rocket.application.port.in.ListUsersUseCase;
import rocket.domain.auth.UserAccount;

/** {@code /api/{app}/_admin/users}: the app's users (app admin only; hashes never leave the server). */
public final class AdminUserRoutes implements RouteGroup {
    private final ListUsersUseCase listUsers;
    private final Guard guard;

    public AdminUserRoutes(ListUsersUseCase listUsers, Guard guard) {
        this.listUsers = listUsers;
        this.guard = guard;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/api/{app}/_admin/users", ctx -> {
            String app = ctx.pathParam("app");
            guard.appAdmin(ctx, app);
            Responses.data(ctx, 200, listUsers.listUsers(app).stream().map(AdminUserRoutes::row).toList());
        });
    }

    static Map<String, Object> row(UserAccount user) {
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
