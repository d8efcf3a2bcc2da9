package rocket.adapters.http.support;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Cross-origin requests from the configured origins (exact {@code scheme://host[:port]}, or {@code *}); none when
 * the list is empty. Allowed origins get {@code Access-Control-Allow-Origin} on every answer, errors included, and a
 * preflight is answered {@code 204} before any route runs; other origins get no CORS header (a preflight from them
 * is {@code 403}). {@code Access-Control-Allow-Credentials} is never sent: tokens travel in the Authorization header,
 * not in cookies, so no browser needs it, and a wildcard with credentials would hand any site the caller's session.
 */
public final class Cors {
    static final String ANY = "*";
    private static final String METHODS = "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS";
    private static final String REQUEST_HEADERS = "Authorization, Content-Type, If-None-Match, If-Match, Prefer, Range, "
            + "X-Trace-ID, X-User-ID";
    private static final String EXPOSED_HEADERS = "X-Trace-ID, ETag, Retry-After, Preference-Applied, "
            + "Content-Disposition, Content-Range, Accept-Ranges";
    private static final String MAX_AGE_SECONDS = "600";
    private final Set<String> origins;

    private Cors(List<String> origins) {
        this.origins = Set.copyOf(origins);
    }

    /** Adds the CORS answers for {@code origins}; nothing at all when it is empty. */
    public static void install(JavalinConfig config, List<String> origins) {
        if (origins.isEmpty()) {
            return;
        }
        Cors cors = new Cors(origins);
        config.routes.before(cors::answer);
    }

    private void answer(Context ctx) {
        ctx.header("Vary", "Origin"); // the answer depends on the Origin header: shared caches must key on it
        String origin = ctx.header("Origin");
        boolean preflight = "OPTIONS".equals(ctx.method().name())
                && ctx.header("Access-Control-Request-Method") != null && origin != null;
        if (origin == null) {
            return;
        }
        if (!allowed(origin)) {
            if (preflight) {
                ctx.skipRemainingHandlers();
                Responses.write(ctx, 403, Map.of("error", Map.of("code", "FORBIDDEN",
                        "message", "Origin not allowed by ROCKET_CORS_ORIGINS")));
            }
            return;
        }
        ctx.header("Access-Control-Allow-Origin", origins.contains(ANY) ? ANY : origin);
        ctx.header("Access-Control-Expose-Headers", EXPOSED_HEADERS);
        if (preflight) {
            ctx.header("Access-Control-Allow-Methods", METHODS);
            ctx.header("Access-Control-Allow-Headers", REQUEST_HEADERS);
            ctx.header("Access-Control-Max-Age", MAX_AGE_SECONDS);
            ctx.skipRemainingHandlers();
            ctx.status(204);
        }
    }

    private boolean allowed(String origin) {
        return origins.contains(ANY) || origins.contains(origin);
    }
}
