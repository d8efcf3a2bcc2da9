package rocket.adapters.http.support;

import java.util.List;
import java.util.Map;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.ErrorDetail;
import rocket.domain.error.RocketException;

/**
 * Refuses NUL characters anywhere in a parsed JSON body (keys and string values). PostgreSQL stores NUL neither in
 * text nor in jsonb, so such a body would otherwise fail deep inside a write, a lookup or an event flush.
 */
final class NulCharacters {
    private NulCharacters() {
    }

    static void refuse(Map<String, Object> body) {
        String path = find(body, "");
        if (path != null) {
            String field = path.isEmpty() ? "body" : path;
            throw RocketException.of(ErrorCode.VALIDATION_FAILED, "Validation failed",
                    List.of(new ErrorDetail(field, "type", field + " must not contain NUL characters")));
        }
    }

    /** The path of the first string holding a NUL, or null. The parser bounds the depth, so recursion is safe. */
    private static String find(Object value, String path) {
        switch (value) {
            case String text when text.indexOf('\u0000') >= 0 -> {
                return path;
            }
            case Map<?, ?> map -> {
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    String key = String.valueOf(entry.getKey());
                    String child = path.isEmpty() ? key : path + "." + key;
                    if (key.indexOf('\u0000') >= 0) {
                        return child;
                    }
                    String found = find(entry.getValue(), child);
                    if (found != null) {
                        return found;
                    }
                }
                return null;
            }
            case List<?> list -> {
                for (int i = 0; i < list.size(); i++) {
                    String found = find(list.get(i), path + "[" + i + "]");
                    if (found != null) {
                        return found;
                    }
                }
                return null;
            }
            case null, default -> {
                return null;
            }
        }
    }
}
