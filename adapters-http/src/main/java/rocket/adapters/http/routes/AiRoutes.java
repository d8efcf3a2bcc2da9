package rocket.adapters.http.routes;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import rocket.adapters.http.support.Guard;
import rocket.adapters.http.support.JsonBodies;
import rocket.adapters.http.support.Responses;
import rocket.application.ai.port.in.AiSchemaUseCase;
import rocket.domain.app.AppName;

/** AI schema generator: status for the platform and for app admins, and generation for app admins. */
public final class AiRoutes implements RouteGroup {
    private final AiSchemaUseCase ai;
    private final JsonBodies bodies;
    private final Guard guard;

    public AiRoutes(AiSchemaUseCase ai, JsonBodies bodies, Guard guard) {
        this.ai = ai;
        this.bodies = bodies;
        this.guard = guard;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/api/_platform/ai/status", ctx -> {
            guard.platform(ctx);
            status(ctx);
        });
        routes.get("/api/{app}/_admin/ai/status", ctx -> {
            guard.adminApp(ctx);
            status(ctx);
        });
        routes.post("/api/{app}/_admin/ai/generate", ctx -> {
            AppName app = guard.adminApp(ctx);
            Map<String, Object> body = bodies.object(ctx);
            Responses.data(ctx, 200, Map.of("schema", ai.generate(app, JsonBodies.string(body, "prompt"))));
        });
    }

    private void status(Context ctx) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("configured", ai.configured());
        data.put("model", ai.model());
        Responses.data(ctx, 200, data);
    }
}
