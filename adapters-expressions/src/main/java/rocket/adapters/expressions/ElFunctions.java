package rocket.adapters.expressions;

import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;

/** The functions expressions may call (as {@code fn:name(...)} after normalisation). Public for EL's reflection. */
public final class ElFunctions {
    static final java.util.Set<String> NAMES = java.util.Set.of("len", "contains", "lower", "upper", "trim", "abs",
            "startsWith", "endsWith", "date", "now");

    private ElFunctions() {
    }

    static Method method(String name) {
        return Arrays.stream(ElFunctions.class.getMethods()).filter(m -> m.getName().equals(name)).findFirst()
                .orElse(null);
    }

    public static long len(Object value) {
        return switch (value) {
            case null -> 0;
            case CharSequence s -> s.length();
            case Collection<?> c -> c.size();
            case Map<?, ?> m -> m.size();
            default -> value.getClass().isArray() ? Array.getLength(value) : String.valueOf(value).length();
        };
    }

    /** Membership in a list/array, key of a map, or substring of a string; compared as text like the references. */
    public static boolean contains(Object container, Object item) {
        String text = String.valueOf(item);
        return switch (container) {
            case null -> false;
            case CharSequence s -> item != null && s.toString().contains(text);
            case Collection<?> c -> c.stream().anyMatch(e -> e == null ? item == null : String.valueOf(e).equals(text));
            case Map<?, ?> m -> m.keySet().stream().anyMatch(k -> String.valueOf(k).equals(text));
            default -> {
                if (container.getClass().isArray()) {
                    for (int i = 0; i < Array.getLength(container); i++) {
                        if (String.valueOf(Array.get(container, i)).equals(text)) {
                            yield true;
                        }
                    }
                }
                yield false;
            }
        };
    }

    public static String lower(Object value) {
        return value == null ? null : String.valueOf(value).toLowerCase(Locale.ROOT);
    }

    public static String upper(Object value) {
        return value == null ? null : String.valueOf(value).toUpperCase(Locale.ROOT);
    }

    public static String trim(Object value) {
        return value == null ? null : String.valueOf(value).trim();
    }

    public static BigDecimal abs(Object value) {
        return value == null ? null : new BigDecimal(String.valueOf(value)).abs();
    }

    public static boolean startsWith(Object value, Object prefix) {
        return value != null && prefix != null && String.valueOf(value).startsWith(String.valueOf(prefix));
    }

    public static boolean endsWith(Object value, Object suffix) {
        return value != null && suffix != null && String.valueOf(value).endsWith(String.valueOf(suffix));
    }

    /** {@code new Date(x)}: epoch milliseconds of an ISO timestamp/date or a number; null when absent or unparsable. */
    public static Long date(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Number n) {
            return n.longValue();
        }
        String text = String.valueOf(value).trim();
        try {
            return OffsetDateTime.parse(text).toInstant().toEpochMilli();
        } catch (DateTimeParseException e) {
            try {
                return Instant.parse(text).toEpochMilli();
            } catch (DateTimeParseException e2) {
                try {
                    return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text).atStartOfDay()
                            .toInstant(ZoneOffset.UTC).toEpochMilli();
                } catch (DateTimeParseException e3) {
                    return null;
                }
            }
        }
    }

    /** {@code new Date()}: now in epoch milliseconds. */
    public static long now() {
        return System.currentTimeMillis();
    }
}
