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
import java.util.Collection;
import java.util.Date;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The functions expressions may call (as {@code fn:name(...)} after normalisation), with those of {@link Operators}
 * and {@link Predicates}. Public because EL calls them reflectively; none reaches into the objects it is given beyond
 * reading, and a value they cannot work with is an {@link IllegalArgumentException} the engine reports.
 */
public final class ElFunctions {
    private static final Map<String, Method> FUNCTIONS = register(ElFunctions.class, Operators.class, Predicates.class);
    static final Set<String> NAMES = FUNCTIONS.keySet();

    private ElFunctions() {
    }

    private static Map<String, Method> register(Class<?>... holders) {
        Map<String, Method> functions = new java.util.HashMap<>();
        for (Class<?> holder : holders) {
            for (Method m : holder.getMethods()) {
                if (java.lang.reflect.Modifier.isStatic(m.getModifiers()) && functions.put(m.getName(), m) != null) {
                    throw new IllegalStateException("two expression functions named " + m.getName());
                }
            }
        }
        // Java has no methods named like expr-lang's conversions
        functions.put("int", functions.remove("toInt"));
        functions.put("float", functions.remove("toFloat"));
        return Map.copyOf(functions);
    }

    static Method method(String name) {
        return FUNCTIONS.get(name);
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

    /** expr-lang's {@code string(x)}: decimals in plain notation, null as the empty string. */
    public static String string(Object value) {
        return switch (value) {
            case null -> "";
            case BigDecimal d -> d.toPlainString();
            default -> String.valueOf(value);
        };
    }

    /** expr-lang's {@code int(x)}: a number or numeric text, truncated towards zero. */
    public static long toInt(Object value) {
        Number n = Numbers.of(value instanceof CharSequence s ? s.toString().trim() : value);
        if (n == null) {
            throw new IllegalArgumentException("int() needs a number, got " + Numbers.describe(value));
        }
        try {
            return Numbers.decimal(n).toBigInteger().longValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("int() of a number beyond 64 bits");
        }
    }

    /** expr-lang's {@code float(x)}: a number or numeric text as a double. */
    public static double toFloat(Object value) {
        Number n = Numbers.of(value instanceof CharSequence s ? s.toString().trim() : value);
        if (n == null) {
            throw new IllegalArgumentException("float() needs a number, got " + Numbers.describe(value));
        }
        return n.doubleValue();
    }

    /** expr-lang's {@code text matches 'regex'}: true when the text contains a match. */
    public static boolean matches(Object text, Object regex) {
        return Patterns.matches(text, regex);
    }

    /** {@code a ?? b}: the first unless it is null. */
    public static Object coalesce(Object first, Object second) {
        return first != null ? first : second;
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
