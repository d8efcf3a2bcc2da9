package rocket.domain.metadata;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.RocketException;

/** Typed reads from a JSON-like definition map; a value of the wrong type is a 422 naming the key. */
final class Definitions {
    private Definitions() {
    }

    static String string(Map<String, Object> map, String key) {
        Object value = map.get(key);
        if (value == null || value instanceof String) {
            return (String) value;
        }
        throw invalid(key + " must be a string");
    }

    static boolean bool(Map<String, Object> map, String key) {
        Object value = map.get(key);
        if (value == null || value instanceof Boolean) {
            return Boolean.TRUE.equals(value);
        }
        throw invalid(key + " must be true or false");
    }

    static Integer integer(Map<String, Object> map, String key) {
        Object value = map.get(key);
        if (value == null) {
            return null;
        }
        if (value instanceof Integer || value instanceof Long) {
            return ((Number) value).intValue();
        }
        if (value instanceof BigDecimal d && d.stripTrailingZeros().scale() <= 0) {
            return d.intValueExact();
        }
        throw invalid(key + " must be a whole number");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> object(Map<String, Object> map, String key) {
        Object value = map.get(key);
        if (value == null || value instanceof Map) {
            return (Map<String, Object>) value;
        }
        throw invalid(key + " must be an object");
    }

    static List<?> list(Map<String, Object> map, String key) {
        Object value = map.get(key);
        if (value == null || value instanceof List) {
            return (List<?>) value;
        }
        throw invalid(key + " must be an array");
    }

    static RocketException invalid(String message) {
        return RocketException.of(ErrorCode.VALIDATION_FAILED, message);
    }
}
