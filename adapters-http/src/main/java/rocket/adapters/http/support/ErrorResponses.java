package rocket.adapters.http.support;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.ErrorDetail;
import rocket.domain.error.RocketException;

/**
 * The single place where failures become the contract's error envelope and status (each {@link ErrorCode} names
 * both); stack traces only go to the log.
 */
public final class ErrorResponses {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorResponses.class);
    private static final String WRITTEN = "rocket.error-written";

    private ErrorResponses() {
    }

    public static void install(JavalinConfig config) {
        config.routes.exception(RocketException.class, (e, ctx) -> write(ctx, e));
        config.routes.exception(HttpResponseException.class, (e, ctx) -> write(ctx, fromJavalin(e)));
        config.routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("Unexpected failure on {} {} [trace {}]", ctx.method(), ctx.path(),
                    ctx.attribute(RequestTracing.TRACE_ID), e);
            write(ctx, RocketException.of(ErrorCode.INTERNAL_ERROR, "Internal server error"));
        });
        // Unmatched routes end as a bare 404; give them the envelope unless a handler already wrote one.
        config.routes.error(404, ctx -> {
            if (ctx.attribute(WRITTEN) == null) {
                write(ctx, RocketException.of(ErrorCode.NOT_FOUND, "Route not found: " + ctx.method() + " " + ctx.path()));
            }
        });
        config.routes.error(405, ctx -> {
            if (ctx.attribute(WRITTEN) == null) {
                write(ctx, RocketException.of(ErrorCode.METHOD_NOT_ALLOWED, "Method not allowed"));
            }
        });
    }

    /** Javalin throws 400 (unreadable input) and 405 itself; any other client status is read as a bad request. */
    private static RocketException fromJavalin(HttpResponseException e) {
        return switch (e.getStatus()) {
            case 404 -> RocketException.of(ErrorCode.NOT_FOUND, "Route not found");
            case 405 -> RocketException.of(ErrorCode.METHOD_NOT_ALLOWED, "Method not allowed");
            case 413 -> RocketException.of(ErrorCode.PAYLOAD_TOO_LARGE, "Request body too large");
            case 401 -> RocketException.of(ErrorCode.UNAUTHORIZED, "Unauthorized");
            case 403 -> RocketException.of(ErrorCode.FORBIDDEN, "Forbidden");
            default -> e.getStatus() >= 500
                    ? RocketException.of(ErrorCode.INTERNAL_ERROR, "Internal server error")
                    : RocketException.of(ErrorCode.INVALID_PAYLOAD, "Bad request");
        };
    }

    private static void write(Context ctx, RocketException e) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", e.code().wireCode());
        error.put("message", e.getMessage());
        if (!e.details().isEmpty()) {
            List<Map<String, Object>> details = new ArrayList<>();
            for (ErrorDetail d : e.details()) {
                Map<String, Object> item = new LinkedHashMap<>();
                if (d.field() != null && !d.field().isEmpty()) {
                    item.put("field", d.field());
                }
                if (d.rule() != null && !d.rule().isEmpty()) {
                    item.put("rule", d.rule());
                }
                item.put("message", d.message());
                details.add(item);
            }
            error.put("details", details);
        }
        ctx.attribute(WRITTEN, Boolean.TRUE);
        if (e.retryAfterSeconds() > 0) {
            ctx.header("Retry-After", String.valueOf(e.retryAfterSeconds()));
        }
        Responses.write(ctx, e.httpStatus(), Map.of("error", error));
    }
}
