package rocket.adapters.http.support;

import io.javalin.config.JavalinConfig;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Gives every request a trace id (a valid incoming {@code X-Trace-ID} or a new UUID), echoes it and logs the request. */
public final class RequestTracing {
    public static final String TRACE_ID = "rocket.trace-id";
    private static final String HEADER = "X-Trace-ID";
    private static final Pattern UUID_TEXT =
            Pattern.compile("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");
    private static final Logger LOG = LoggerFactory.getLogger("rocket.http");

    private RequestTracing() {
    }

    public static void install(JavalinConfig config) {
        config.routes.before(ctx -> {
            String incoming = ctx.header(HEADER);
            // Only a UUID is accepted: the id is stored in UUID columns and echoed in a header.
            String traceId = incoming != null && UUID_TEXT.matcher(incoming).matches()
                    ? incoming.toLowerCase() : UUID.randomUUID().toString();
            ctx.attribute(TRACE_ID, traceId);
            ctx.header(HEADER, traceId);
        });
        config.requestLogger.http((ctx, millis) -> LOG.info("{} {} {} {}ms trace={}", ctx.method(), ctx.path(),
                ctx.statusCode(), String.format("%.1f", millis), ctx.<String>attribute(TRACE_ID)));
    }
}
