package rocket.adapters.http.routes;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import rocket.adapters.http.support.Responses;
import rocket.application.apps.port.out.PoolState;
import rocket.application.health.port.in.CheckReadinessUseCase;
import rocket.application.health.port.in.Readiness;

/**
 * Health probes, no auth, no envelope: {@code GET /health} (the contract's, unchanged), {@code /health/live} (the
 * process answers; no I/O) and {@code /health/ready} (the management database answers; pool states). Bodies name
 * no host, user or setting: they are public.
 */
public final class HealthRoutes implements RouteGroup {
    private final CheckReadinessUseCase readiness;

    public HealthRoutes(CheckReadinessUseCase readiness) {
        this.readiness = readiness;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/health", ctx -> Responses.write(ctx, 200, Map.of("status", "ok")));
        routes.get("/health/live", ctx -> write(ctx, 200, Map.of("status", "live")));
        routes.get("/health/ready", ctx -> {
            Readiness state = readiness.check();
            write(ctx, state.ready() ? 200 : 503, body(state));
        });
    }

    private static void write(Context ctx, int status, Object body) {
        ctx.header("Cache-Control", "no-store"); // a cached probe answer is a wrong one
        Responses.write(ctx, status, body);
    }

    private static Map<String, Object> body(Readiness state) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", state.ready() ? "ready" : "unready");
        if (!state.ready()) {
            body.put("failing", List.of("management_database"));
        }
        body.put("checks", Map.of("management_database", state.managementAnswers() ? "up"
                : "no answer within " + state.timeoutMillis() + " ms"));
        Map<String, Object> apps = new LinkedHashMap<>();
        state.appPools().forEach((app, pool) -> apps.put(app, pool(pool)));
        Map<String, Object> pools = new LinkedHashMap<>();
        pools.put("management", pool(state.managementPool()));
        pools.put("apps", apps);
        body.put("pools", pools);
        return body;
    }

    private static Map<String, Integer> pool(PoolState pool) {
        Map<String, Integer> fields = new LinkedHashMap<>();
        fields.put("active", pool.active());
        fields.put("idle", pool.idle());
        fields.put("waiting", pool.waiting());
        fields.put("max", pool.max());
        return fields;
    }
}
