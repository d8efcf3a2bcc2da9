package rocket.adapters.http.support;

import io.javalin.config.JavalinConfig;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import rocket.application.events.port.in.EventsUseCase;
import rocket.domain.auth.Principal;

/**
 * Gives every request a trace id (a valid incoming {@code X-Trace-ID} or a new UUID), echoes it, binds it to the
 * logging MDC ({@value #MDC_KEY}) for every line logged while the request runs, and logs the request.
 */
public final class RequestTracing {
    public static final String TRACE_ID = "rocket.trace-id";
    public static final String SPAN_ID = "rocket.span-id";
    /** The MDC key of the trace id: {@code %X{trace_id}} in a log pattern, {@code mdc.trace_id} in JSON lines. */
    public static final String MDC_KEY = "trace_id";
    private static final String STARTED = "rocket.started";
    private static final String SAMPLED = "rocket.sampled";
    private static final String HEADER = "X-Trace-ID";
    private static final Pattern UUID_TEXT =
            Pattern.compile("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");
    private static final Logger LOG = LoggerFactory.getLogger("rocket.http");

    private RequestTracing() {
    }

    public static void install(JavalinConfig config, EventsUseCase events) {
        config.routes.before(ctx -> {
            ctx.attribute(STARTED, System.nanoTime());
            ctx.attribute(SPAN_ID, events.newId());
            ctx.attribute(SAMPLED, events.sample());
            String incoming = ctx.header(HEADER);
            // Only a UUID is accepted: the id is stored in UUID columns and echoed in a header.
            UUID traceId = incoming != null && UUID_TEXT.matcher(incoming).matches()
                    ? UUID.fromString(incoming) : events.newId();
            ctx.attribute(TRACE_ID, traceId);
            String text = traceId.toString();
            // a request runs on one (virtual) thread from here to its access line, which unbinds it
            MDC.put(MDC_KEY, text);
            ctx.header(HEADER, text);
        });
        // app handlers run with their trace bound, so the engine can add child spans to the request's root span;
        // not a change stream: it runs for hours, and its reads of the log are no part of one request's work
        config.router.handlerWrapper(endpoint -> ctx -> {
            if (!endpoint.path.startsWith("/api/{app}") || endpoint.path.endsWith("/_changes")
                    || !Boolean.TRUE.equals(ctx.attribute(SAMPLED))) {
                endpoint.handler.handle(ctx);
                return;
            }
            events.traced(ctx.pathParam("app"), ctx.attribute(TRACE_ID), ctx.attribute(SPAN_ID), () -> {
                        endpoint.handler.handle(ctx);
                        return null;
                    });
        });
        // one root span per authenticated app request (rejected auth is not traced, as in the reference), and per
        // request to the app's own /auth routes, which run traced without a caller: their statements need a parent
        config.routes.after(ctx -> {
            Principal caller = Guard.current(ctx);
            String[] segments = ctx.path().split("/");
            if (!Boolean.TRUE.equals(ctx.attribute(SAMPLED)) || segments.length < 3 || !"api".equals(segments[1])
                    || segments[2].startsWith("_") || caller == null && !isAppAuthRequest(ctx, segments)) {
                return;
            }
            long started = ctx.<Long>attribute(STARTED);
            events.recordRequest(segments[2], ctx.attribute(TRACE_ID), ctx.attribute(SPAN_ID), caller, ctx.method().name(), ctx.path(),
                    ctx.statusCode(), (System.nanoTime() - started) / 1_000_000.0);
        });
    }

    /** The access line of one finished request (its trace id is in the MDC); then the trace id is unbound. */
    public static void logAndUnbind(io.javalin.http.Context ctx, float millis) {
        try {
            LOG.info("{} {} {} {}ms", ctx.method(), ctx.path(), ctx.statusCode(), String.format("%.1f", millis));
        } finally {
            MDC.remove(MDC_KEY);
        }
    }

    /** {@code /api/{app}/auth/...} of an app that exists (an unknown app's 404 has no events table to go to). */
    private static boolean isAppAuthRequest(io.javalin.http.Context ctx, String[] segments) {
        return segments.length >= 4 && "auth".equals(segments[3]) && ctx.statusCode() != 404;
    }
}
