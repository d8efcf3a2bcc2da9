package rocket.domain.metadata;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Converts a JSON value (as parsed: String, Boolean, Integer/Long/BigInteger/BigDecimal/Double, Map, List) into the
 * Java value stored in a field's column, or explains why it cannot. Null stays null. Values that are already of the
 * column's Java type (UUID, OffsetDateTime, LocalDate, ...) pass through, so computed values convert too.
 * Everything PostgreSQL would reject (NUL characters, out-of-range numbers and dates) is refused here, because bad
 * input must be a 4xx and never a database error.
 */
public final class FieldValues {
    /** PostgreSQL NUMERIC holds at most 131072 digits before and 16383 after the point. */
    private static final int MAX_NUMERIC_INTEGER_DIGITS = 131_072;
    private static final int MAX_NUMERIC_SCALE = 16_383;

    private FieldValues() {
    }

    /** The column value; throws {@link InvalidFieldValue} with a client-facing reason when the type is wrong. */
    public static Object toColumn(Field field, Object value) {
        if (value == null) {
            return null;
        }
        return switch (field.type()) {
            case STRING, TEXT -> text(value);
            case INT -> {
                long n = integral(value);
                if (n < Integer.MIN_VALUE || n > Integer.MAX_VALUE) {
                    throw new InvalidFieldValue("must be a 32-bit integer");
                }
                yield (int) n;
            }
            case BIGINT -> integral(value);
            case FLOAT -> {
                double d = decimal(value).doubleValue();
                if (Double.isInfinite(d)) {
                    throw new InvalidFieldValue("is out of range");
                }
                yield d;
            }
            case DECIMAL -> {
                BigDecimal d = decimal(value);
                yield field.precision() != null && field.precision() > 0
                        ? d.setScale(field.precision(), RoundingMode.HALF_EVEN) : d;
            }
            case BOOLEAN -> bool(value);
            case UUID -> uuid(value);
            case TIMESTAMP -> TemporalValues.timestamp(value);
            case DATE -> TemporalValues.date(value);
            case JSON -> json(value);
            case FILE -> file(value);
        };
    }

    private static final java.util.Set<String> FILE_KEYS = java.util.Set.of("id", "filename", "size", "mime_type");
    private static final String FILE_SHAPE = "must be a file id (a UUID) or a file object {id, filename, size, mime_type}";

    /**
     * A {@code file} field holds a file id or the object the engine stores for one; anything else (a number, a
     * boolean, an arbitrary string or object) would be served back as if it were a file.
     */
    private static Object file(Object value) {
        if (value instanceof String s) {
            return fileId(s);
        }
        if (!(value instanceof Map<?, ?> map) || !(map.get("id") instanceof String id) || !FILE_KEYS.containsAll(map.keySet())
                || !(map.get("filename") == null || map.get("filename") instanceof String)
                || !(map.get("mime_type") == null || map.get("mime_type") instanceof String)
                || !(map.get("size") == null || map.get("size") instanceof Integer || map.get("size") instanceof Long)) {
            throw new InvalidFieldValue(FILE_SHAPE);
        }
        fileId(id);
        return json(value);
    }

    private static String fileId(String text) {
        try {
            return uuid(text).toString();
        } catch (InvalidFieldValue e) {
            throw new InvalidFieldValue(FILE_SHAPE);
        }
    }

    private static String text(Object value) {
        if (value instanceof String s) {
            return noNul(s);
        }
        if (value instanceof Number || value instanceof Boolean) {
            return String.valueOf(value);
        }
        throw new InvalidFieldValue("must be a string");
    }

    private static long integral(Object value) {
        BigDecimal d;
        try {
            d = decimal(value);
        } catch (InvalidFieldValue e) {
            boolean tooBig = "is out of range".equals(e.getMessage());
            throw new InvalidFieldValue(tooBig ? "must be a 64-bit integer" : "must be a whole number");
        }
        // the range test comes first so the remainder below never works on a huge number
        if (d.precision() - d.scale() > 19) {
            throw new InvalidFieldValue("must be a 64-bit integer");
        }
        if (d.scale() > 0 && d.remainder(BigDecimal.ONE).signum() != 0) {
            throw new InvalidFieldValue("must be a whole number");
        }
        try {
            return d.longValueExact();
        } catch (ArithmeticException e) {
            throw new InvalidFieldValue("must be a 64-bit integer");
        }
    }

    private static BigDecimal decimal(Object value) {
        BigDecimal d = switch (value) {
            case BigDecimal b -> b;
            case Integer i -> BigDecimal.valueOf(i);
            case Long l -> BigDecimal.valueOf(l);
            case Short s -> BigDecimal.valueOf(s);
            case BigInteger b -> new BigDecimal(b);
            case Double x -> finite(x);
            case Float x -> finite(x);
            case String s -> parseNumber(s);
            default -> throw new InvalidFieldValue("must be a number");
        };
        // a tiny text like "1e999999999" would otherwise expand to a billion digits when rescaled
        boolean extreme = d.precision() - d.scale() > MAX_NUMERIC_INTEGER_DIGITS || d.scale() > MAX_NUMERIC_SCALE
                || d.scale() < -MAX_NUMERIC_INTEGER_DIGITS;
        if (extreme && d.signum() == 0) {
            return BigDecimal.ZERO;
        }
        if (extreme) {
            throw new InvalidFieldValue("is out of range");
        }
        return d;
    }

    private static BigDecimal finite(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            throw new InvalidFieldValue("must be a finite number");
        }
        return BigDecimal.valueOf(d);
    }

    private static BigDecimal parseNumber(String s) {
        try {
            return new BigDecimal(s.trim());
        } catch (NumberFormatException e) {
            throw new InvalidFieldValue("must be a number");
        }
    }

    private static boolean bool(Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof String s) {
            return switch (s.trim().toLowerCase(Locale.ROOT)) {
                case "true", "t", "1", "yes" -> true;
                case "false", "f", "0", "no" -> false;
                default -> throw new InvalidFieldValue("must be true or false");
            };
        }
        if (value instanceof Integer || value instanceof Long) {
            long n = ((Number) value).longValue();
            if (n == 0 || n == 1) {
                return n == 1;
            }
        }
        throw new InvalidFieldValue("must be true or false");
    }

    private static UUID uuid(Object value) {
        if (value instanceof UUID u) {
            return u;
        }
        if (value instanceof String s) {
            try {
                UUID parsed = UUID.fromString(s.trim());
                // UUID.fromString accepts short groups such as "1-1-1-1-1"; only the canonical form is a UUID here
                if (parsed.toString().equalsIgnoreCase(s.trim())) {
                    return parsed;
                }
            } catch (IllegalArgumentException ignored) { // the JDK's own refusal
                // fall through to the common message
            }
        }
        throw new InvalidFieldValue("must be a UUID");
    }

    /** Any JSON value; only checked for what PostgreSQL's jsonb refuses (NUL characters). */
    private static Object json(Object value) {
        if (value instanceof String s && s.toLowerCase(Locale.ROOT).contains("\\u0000")) {
            // a string is handed to the database as JSON text, where jsonb refuses the \u0000 escape
            throw new InvalidFieldValue("must not contain NUL characters");
        }
        checkNoNul(value);
        return value;
    }

    private static void checkNoNul(Object value) {
        switch (value) {
            case String s -> noNul(s);
            case Map<?, ?> map -> map.forEach((k, v) -> {
                checkNoNul(String.valueOf(k));
                if (v != null) {
                    checkNoNul(v);
                }
            });
            case List<?> list -> list.forEach(v -> {
                if (v != null) {
                    checkNoNul(v);
                }
            });
            default -> {
                // numbers and booleans cannot carry a NUL
            }
        }
    }

    private static String noNul(String s) {
        if (s.indexOf('\u0000') >= 0) {
            throw new InvalidFieldValue("must not contain NUL characters");
        }
        return s;
    }

    /** True for JSON containers, which only json/file fields accept. */
    public static boolean isContainer(Object value) {
        return value instanceof Map || value instanceof List;
    }
}
