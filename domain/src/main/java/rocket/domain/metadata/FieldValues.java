package rocket.domain.metadata;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Converts a JSON value (as parsed: String, Boolean, Integer/Long/BigInteger/BigDecimal/Double, Map, List) into the
 * Java value stored in a field's column, or explains why it cannot. Null stays null.
 */
public final class FieldValues {
    private FieldValues() {
    }

    /** The column value; throws {@link IllegalArgumentException} with a client-facing reason when the type is wrong. */
    public static Object toColumn(Field field, Object value) {
        if (value == null) {
            return null;
        }
        return switch (field.type()) {
            case STRING, TEXT -> text(value);
            case INT -> {
                long n = integral(value);
                if (n < Integer.MIN_VALUE || n > Integer.MAX_VALUE) {
                    throw new IllegalArgumentException("must be a 32-bit integer");
                }
                yield (int) n;
            }
            case BIGINT -> integral(value);
            case FLOAT -> decimal(value).doubleValue();
            case DECIMAL -> {
                BigDecimal d = decimal(value);
                yield field.precision() != null && field.precision() > 0
                        ? d.setScale(field.precision(), java.math.RoundingMode.HALF_EVEN) : d;
            }
            case BOOLEAN -> bool(value);
            case UUID -> uuid(value);
            case TIMESTAMP -> timestamp(value);
            case DATE -> date(value);
            case JSON, FILE -> value;
        };
    }

    private static String text(Object value) {
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof Number || value instanceof Boolean) {
            return String.valueOf(value);
        }
        throw new IllegalArgumentException("must be a string");
    }

    private static long integral(Object value) {
        try {
            BigDecimal d = value instanceof String s ? new BigDecimal(s.trim()) : decimal(value);
            return d.longValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            throw new IllegalArgumentException("must be a whole number");
        }
    }

    private static BigDecimal decimal(Object value) {
        if (value instanceof BigDecimal d) {
            return d;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof java.math.BigInteger) {
            return new BigDecimal(value.toString());
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new IllegalArgumentException("must be a finite number");
            }
            return BigDecimal.valueOf(d);
        }
        if (value instanceof String s) {
            try {
                return new BigDecimal(s.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("must be a number");
            }
        }
        throw new IllegalArgumentException("must be a number");
    }

    private static boolean bool(Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof String s) {
            return switch (s.trim().toLowerCase(java.util.Locale.ROOT)) {
                case "true", "t", "1", "yes" -> true;
                case "false", "f", "0", "no" -> false;
                default -> throw new IllegalArgumentException("must be true or false");
            };
        }
        if (value instanceof Number n && (n.intValue() == 0 || n.intValue() == 1)) {
            return n.intValue() == 1;
        }
        throw new IllegalArgumentException("must be true or false");
    }

    private static UUID uuid(Object value) {
        if (value instanceof String s) {
            try {
                UUID parsed = UUID.fromString(s.trim());
                if (parsed.toString().equalsIgnoreCase(s.trim())) {
                    return parsed;
                }
            } catch (IllegalArgumentException ignored) {
                // fall through to the common message
            }
        }
        throw new IllegalArgumentException("must be a UUID");
    }

    private static OffsetDateTime timestamp(Object value) {
        if (value instanceof String s) {
            String text = s.trim();
            try {
                return OffsetDateTime.parse(text);
            } catch (DateTimeParseException e) {
                try {
                    return java.time.LocalDateTime.parse(text).atOffset(ZoneOffset.UTC);
                } catch (DateTimeParseException e2) {
                    try {
                        return LocalDate.parse(text).atStartOfDay().atOffset(ZoneOffset.UTC);
                    } catch (DateTimeParseException e3) {
                        throw new IllegalArgumentException("must be an ISO-8601 timestamp");
                    }
                }
            }
        }
        throw new IllegalArgumentException("must be an ISO-8601 timestamp");
    }

    private static LocalDate date(Object value) {
        if (value instanceof String s) {
            String text = s.trim();
            try {
                return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("must be a date (YYYY-MM-DD)");
            }
        }
        throw new IllegalArgumentException("must be a date (YYYY-MM-DD)");
    }

    /** True for JSON containers, which only json/file fields accept. */
    public static boolean isContainer(Object value) {
        return value instanceof Map || value instanceof List;
    }
}
