package rocket.adapters.http.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.RocketException;

/** Reads a request body as a JSON object, never reading more than the configured limit into memory. */
public final class JsonBodies {
    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {
    };

    private final long maxBytes;

    public JsonBodies(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public Map<String, Object> object(Context ctx) {
        byte[] bytes = read(ctx);
        if (bytes.length == 0) {
            throw invalid();
        }
        try {
            Map<String, Object> body = Json.MAPPER.readValue(bytes, OBJECT);
            if (body == null) {
                throw invalid();
            }
            return body;
        } catch (JsonProcessingException e) {
            throw invalid();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] read(Context ctx) {
        if (ctx.req().getContentLengthLong() > maxBytes) {
            throw tooLarge();
        }
        try (InputStream in = ctx.bodyInputStream()) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw tooLarge();
            }
            return bytes;
        } catch (IOException e) {
            throw RocketException.of(ErrorCode.INVALID_PAYLOAD, "Request body could not be read");
        }
    }

    private RocketException tooLarge() {
        return RocketException.of(ErrorCode.PAYLOAD_TOO_LARGE, "Request body exceeds " + maxBytes + " bytes");
    }

    private static RocketException invalid() {
        return RocketException.of(ErrorCode.INVALID_PAYLOAD, "Invalid JSON body");
    }

    /** A list-of-strings member; null when absent or null; 422 when it is anything else. */
    public static java.util.List<String> stringList(Map<String, Object> body, String key) {
        Object value = body.get(key);
        if (value == null) {
            return null;
        }
        if (value instanceof java.util.List<?> list && list.stream().allMatch(i -> i == null || i instanceof String)) {
            return list.stream().map(i -> (String) i).toList();
        }
        throw RocketException.of(ErrorCode.VALIDATION_FAILED, key + " must be an array of strings");
    }

    /** An object member; null when absent or null; 422 when it is not a JSON object. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> object(Map<String, Object> body, String key) {
        Object value = body.get(key);
        if (value == null || value instanceof Map) {
            return (Map<String, Object>) value;
        }
        throw RocketException.of(ErrorCode.VALIDATION_FAILED, key + " must be an object");
    }

    /** A boolean member; null when absent or null; 422 when it is not a boolean. */
    public static Boolean bool(Map<String, Object> body, String key) {
        Object value = body.get(key);
        if (value == null || value instanceof Boolean) {
            return (Boolean) value;
        }
        throw RocketException.of(ErrorCode.VALIDATION_FAILED, key + " must be true or false");
    }

    /** A string member of the body, or null when absent or not a string. */
    public static String string(Map<String, Object> body, String key) {
        return body.get(key) instanceof String s ? s : null;
    }
}
