package rocket.adapters.http.routes;

import io.javalin.config.RoutesConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import rocket.adapters.http.support.Guard;

/**
 * {@code GET /api/_platform/metrics}: every meter (connection pools, query cache, webhook dispatch) in the
 * Prometheus text format, for platform admins (scrapers send the platform token as a bearer token).
 */
public final class MetricsRoutes implements RouteGroup {
    private final PrometheusMeterRegistry registry;
    private final Guard guard;

    public MetricsRoutes(PrometheusMeterRegistry registry, Guard guard) {
        this.registry = registry;
        this.guard = guard;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/api/_platform/metrics", ctx -> {
            guard.platform(ctx);
            ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(registry.scrape());
        });
    }
}
