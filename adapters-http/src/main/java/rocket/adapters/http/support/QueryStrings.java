package rocket.adapters.http.support;

import io.javalin.config.JavalinConfig;
import java.util.List;
import java.util.Map;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.RocketException;

/**
 * Refuses a query string holding a NUL character (sent as {@code %00}) before any route runs: PostgreSQL cannot take
 * it as a bound value, so filters of events, webhook logs or records would otherwise fail as a 500.
 */
public final class QueryStrings {
    private QueryStrings() {
    }

    public static void install(JavalinConfig config) {
        config.routes.before(ctx -> {
            for (Map.Entry<String, List<String>> parameter : ctx.queryParamMap().entrySet()) {
                if (parameter.getKey().indexOf('\u0000') >= 0
                        || parameter.getValue().stream().anyMatch(v -> v != null && v.indexOf('\u0000') >= 0)) {
                    throw RocketException.of(ErrorCode.INVALID_PAYLOAD,
                            "Query parameters must not contain NUL characters");
                }
            }
        });
    }
}
