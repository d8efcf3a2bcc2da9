package rocket.adapters.http.support;

import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.http.Outcome;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * {@code http_server_requests_seconds{method,route,status,outcome}}: one timer per route template (e.g.
 * {@code /api/{app}/{entity}/{id}}), never the raw path, which would leak record ids and app names into series
 * names and grow without bound. Requests no route matched share {@code route="unmatched"}.
 */
public final class RequestTimers {
    static final String UNMATCHED = "unmatched";
    private final MeterRegistry registry;
    /** Registering looks the meter up by its sorted tags: a few microseconds per request, so it is done once. */
    private final Map<Series, Timer> timers = new ConcurrentHashMap<>();

    /** One series: finite, since routes are templates and statuses a few dozen codes. */
    private record Series(String method, String route, int status) {
    }

    public RequestTimers(MeterRegistry registry) {
        this.registry = registry;
    }

    public void record(Context ctx, float millis) {
        timers.computeIfAbsent(new Series(ctx.method().name(), route(ctx), ctx.statusCode()), this::register)
                .record((long) (millis * 1_000_000.0), TimeUnit.NANOSECONDS);
    }

    private Timer register(Series series) {
        return Timer.builder("http.server.requests").description("HTTP requests by route template")
                .tag("method", series.method()).tag("route", series.route())
                .tag("status", String.valueOf(series.status()))
                .tag("outcome", Outcome.forStatus(series.status()).name()).register(registry);
    }

    private static String route(Context ctx) {
        Endpoint matched = ctx.endpoints().matchedHttpEndpoint();
        return matched == null ? UNMATCHED : matched.path;
    }
}
