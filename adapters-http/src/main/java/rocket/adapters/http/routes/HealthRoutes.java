package rocket.adapters.http.routes;

import io.javalin.config.RoutesConfig;
import java.util.Map;
import rocket.adapters.http.support.Responses;

/** {@code GET /health}: liveness, no auth, no envelope. */
public final class HealthRoutes implements RouteGroup {
    @Override
    public void register(RoutesConfig routes) {
        routes.get("/health", ctx -> Responses.write(ctx, 200, Map.of("status", "ok")));
    }
}
