package rocket.domain.definition;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.RocketException;

/** Reads members of a JSON document strictly (a member of the wrong type is a 422) and builds ordered documents. */
public final class Documents {
    private Documents() {
    }

    /** A string member, or null when absent or not a string. */
    public static String text(Map<String, ?> document, String key) {
        return document.get(key) instanceof String s ? s : null;
    }

    /** A string member, or {@code fallback} when absent, blank or not a string. */
    public static String text(Map<String, ?> document, String key, String fallback) {
        String value = text(document, key);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** An object member; null when absent or null; 422 when it is not a JSON object. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> object(Map<String, ?> document, String key) {
        Object value = document.get(key);
        if (value == null || value instanceof Map) {
            return (Map<String, Object>) value;
        }
        throw invalid(key + " must be an object");
    }

    /** An object member, or an empty object when absent; 422 when it is not a JSON object. */
    public static Map<String, Object> objectOrEmpty(Map<String, ?> document, String key) {
        Map<String, Object> value = object(document, key);
        return value == null ? Map.of() : value;
    }

    /** A boolean member; null when absent or null; 422 when it is not a boolean. */
    public static Boolean bool(Map<String, ?> document, String key) {
        Object value = document.get(key);
        if (value == null || value instanceof Boolean) {
            return (Boolean) value;
        }
        throw invalid(key + " must be true or false");
    }

    /** A boolean member, or {@code fallback} when absent; 422 when it is not a boolean. */
    public static boolean bool(Map<String, ?> document, String key, boolean fallback) {
        Boolean value = bool(document, key);
        return value == null ? fallback : value;
    }

    /** A list-of-strings member; null when absent or null; 422 when it is anything else. */
    public static List<String> stringList(Map<String, ?> document, String key) {
        Object value = document.get(key);
        if (value == null) {
            return null;
        }
        if (value instanceof List<?> list && list.stream().allMatch(i -> i == null || i instanceof String)) {
            return list.stream().map(i -> (String) i).toList();
        }
        throw invalid(key + " must be an array of strings");
    }

    /** A list-of-objects member; an empty list when absent or null; 422 naming {@code what} otherwise. */
    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> objects(Map<String, ?> document, String key, String what) {
        Object value = document.get(key);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw invalid(key + " must be an array");
        }
        if (!list.stream().allMatch(Map.class::isInstance)) {
            throw invalid("each " + what + " must be an object");
        }
        return (List<Map<String, Object>>) list;
    }

    /** A document with the given keys and values, in that order (values may be null). */
    public static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> document = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            document.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return document;
    }

    private static RocketException invalid(String message) {
        return RocketException.of(ErrorCode.VALIDATION_FAILED, message);
    }
}
