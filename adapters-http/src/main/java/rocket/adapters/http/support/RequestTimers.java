package rocket.adapters.http.support;

import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.http.Outcome;
import java.time.Duration;

/**
 * {@code http_server_requests_seconds{method,route,status,outcome}}: one timer per route template (e.g.
 * {@code /api/{app}/{entity}/{id}}), never the raw path, which would leak record ids and app names into series
 * names and grow without bound. Requests no route matched share {@code route="unmatched"}.
 */
public final class RequestTimers {
    static final String UNMATCHED = "unmatched";
    private final MeterRegistry registry;

    public RequestTimers(MeterRegistry registry) {
        this.registry = registry;
    }

    public void record(Context ctx, float millis) {
        int status = ctx.statusCode();
        Timer.builder("http.server.requests").description("HTTP requests by route template")
                .tag("method", ctx.method().name()).tag("route", route(ctx)).tag("status", String.valueOf(status))
                .tag("outcome", Outcome.forStatus(status).name())
                .register(registry).record(Duration.ofNanos((long) (millis * 1_000_000.0)));
    }

    private static String route(Context ctx) {
        Endpoint matched = ctx.endpoints().matchedHttpEndpoint();
        return matched == null ? UNMATCHED : matched.path;
    }
}
