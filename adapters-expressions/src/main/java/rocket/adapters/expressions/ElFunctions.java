package rocket.adapters.expressions;

import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The functions expressions may call (as {@code fn:name(...)} after normalisation). Public because EL calls them
 * reflectively; every method is total over null and never reaches into the objects it is given beyond reading.
 */
public final class ElFunctions {
    static final Set<String> NAMES = Set.of("len", "contains", "lower", "upper", "trim", "abs", "startsWith",
            "endsWith", "date", "now", "plus", "coalesce");

    private ElFunctions() {
    }

    static Method method(String name) {
        return Arrays.stream(ElFunctions.class.getMethods()).filter(m -> m.getName().equals(name)).findFirst()
                .orElse(null);
    }

    /** Length of a string, size of a collection/map/array; 0 for null. */
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
                        Object e = Array.get(container, i);
                        if (e == null ? item == null : String.valueOf(e).equals(text)) {
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

    /** Absolute value; integers stay Long, floating point stays Double, anything else becomes a BigDecimal. */
    public static Number abs(Object value) {
        return switch (value) {
            case null -> null;
            case Long l -> Math.abs(l);
            case Integer i -> Math.abs(i.longValue());
            case Short s -> Math.abs(s.longValue());
            case Byte b -> Math.abs(b.longValue());
            case Double d -> Math.abs(d);
            case Float f -> Math.abs(f.doubleValue());
            case BigInteger b -> b.abs();
            default -> new BigDecimal(String.valueOf(value).trim()).abs();
        };
    }

    public static boolean startsWith(Object value, Object prefix) {
        return value != null && prefix != null && String.valueOf(value).startsWith(String.valueOf(prefix));
    }

    public static boolean endsWith(Object value, Object suffix) {
        return value != null && suffix != null && String.valueOf(value).endsWith(String.valueOf(suffix));
    }

    /** {@code a ?? b}: the first unless it is null. */
    public static Object coalesce(Object first, Object second) {
        return first != null ? first : second;
    }

    /**
     * The dialects' {@code +}: text concatenation when a side is a string (a null side adds nothing), otherwise
     * EL's own numeric rules (null is 0; BigDecimal, then floating point, then BigInteger, else Long).
     */
    public static Object plus(Object a, Object b) {
        if (a instanceof CharSequence || b instanceof CharSequence || a instanceof Character
                || b instanceof Character) {
            return (a == null ? "" : String.valueOf(a)) + (b == null ? "" : String.valueOf(b));
        }
        Number x = number(a);
        Number y = number(b);
        if (x instanceof BigDecimal || y instanceof BigDecimal) {
            return decimal(x).add(decimal(y));
        }
        boolean floating = x instanceof Double || x instanceof Float || y instanceof Double || y instanceof Float;
        if (floating) {
            return x instanceof BigInteger || y instanceof BigInteger ? decimal(x).add(decimal(y))
                    : (Object) (x.doubleValue() + y.doubleValue());
        }
        if (x instanceof BigInteger || y instanceof BigInteger) {
            return integer(x).add(integer(y));
        }
        return x.longValue() + y.longValue();
    }

    private static Number number(Object value) {
        return switch (value) {
            case null -> 0L;
            case Number n -> n;
            default -> throw new IllegalArgumentException("cannot add a " + value.getClass().getSimpleName());
        };
    }

    private static BigDecimal decimal(Number n) {
        return switch (n) {
            case BigDecimal d -> d;
            case BigInteger i -> new BigDecimal(i);
            case Double d -> BigDecimal.valueOf(d);
            case Float f -> BigDecimal.valueOf(f.doubleValue());
            default -> BigDecimal.valueOf(n.longValue());
        };
    }

    private static BigInteger integer(Number n) {
        return n instanceof BigInteger i ? i : BigInteger.valueOf(n.longValue());
    }

    /**
     * {@code new Date(x)}: epoch milliseconds of a timestamp or date (ISO text, java.time value, java.util.Date) or of
     * a number taken as milliseconds; a local date-time is read as UTC, a date as its UTC midnight. Null when absent
     * or unparsable, so comparisons with it are false rather than errors.
     */
    public static Long date(Object value) {
        return switch (value) {
            case null -> null;
            case Number n -> n.longValue();
            case Instant i -> i.toEpochMilli();
            case OffsetDateTime t -> t.toInstant().toEpochMilli();
            case ZonedDateTime t -> t.toInstant().toEpochMilli();
            case LocalDateTime t -> t.toInstant(ZoneOffset.UTC).toEpochMilli();
            case LocalDate d -> d.atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
            case Date d -> d.getTime();
            default -> parse(String.valueOf(value).trim());
        };
    }

    private static Long parse(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant().toEpochMilli();
        } catch (DateTimeParseException notOffset) {
            // try the next form
        }
        try {
            return Instant.parse(text).toEpochMilli();
        } catch (DateTimeParseException notInstant) {
            // try the next form
        }
        try {
            return LocalDateTime.parse(text.replace(' ', 'T')).toInstant(ZoneOffset.UTC).toEpochMilli();
        } catch (DateTimeParseException notLocal) {
            // try the next form
        }
        try {
            return LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
        } catch (DateTimeParseException notDate) {
            return null;
        }
    }

    /** {@code new Date()}: now in epoch milliseconds. */
    public static long now() {
        return System.currentTimeMillis();
    }
}
