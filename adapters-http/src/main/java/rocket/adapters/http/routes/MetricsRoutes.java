package rocket.adapters.http.routes;

import io.javalin.config.RoutesConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import rocket.adapters.http.support.Guard;
import rocket.adapters.http.support.ScrapeToken;

/**
 * {@code GET /api/_platform/metrics}: every meter (JVM, HTTP requests, connection pools, query cache, webhook
 * dispatch) in the Prometheus text format, for the static scrape token when one is configured, else for platform
 * admins (a platform access token as bearer token). Anything else is 401.
 */
public final class MetricsRoutes implements RouteGroup {
    /** The Prometheus text exposition format (this route and the separate metrics port). */
    public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";
    private final PrometheusMeterRegistry registry;
    private final ScrapeToken scrapeToken;
    private final Guard guard;

    public MetricsRoutes(PrometheusMeterRegistry registry, ScrapeToken scrapeToken, Guard guard) {
        this.registry = registry;
        this.scrapeToken = scrapeToken;
        this.guard = guard;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/api/_platform/metrics", ctx -> {
            if (!scrapeToken.presentedBy(ctx)) {
                guard.platform(ctx);
            }
            ctx.contentType(CONTENT_TYPE).result(registry.scrape());
        });
    }
}
