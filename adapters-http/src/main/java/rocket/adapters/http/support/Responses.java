package rocket.adapters.http.support;

import io.javalin.http.Context;
import java.util.Map;

/** Writes the contract's success envelopes. */
public final class Responses {
    private Responses() {
    }

    public static void data(Context ctx, int status, Object data) {
        java.util.Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("data", data);
        write(ctx, status, body);
    }

    /** The admin delete answer: {@code {"data":{"<key>": value, "deleted": true}}}. */
    public static void deleted(Context ctx, String key, String value) {
        java.util.Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put(key, value);
        body.put("deleted", true);
        data(ctx, 200, body);
    }

    public static void message(Context ctx, String message) {
        write(ctx, 200, Map.of("message", message));
    }

    public static void write(Context ctx, int status, Object body) {
        try {
            ctx.status(status).contentType("application/json").result(Json.MAPPER.writeValueAsBytes(body));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("Response could not be encoded", e);
        }
    }
}
