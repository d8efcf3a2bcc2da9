package rocket.adapters.expressions;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.regex.Pattern;

/**
 * What counts as a number in an expression, and exact arithmetic on them. A Java number is one, and so is text that
 * is a plain numeral: decimal fields reach expressions as {@code "500.00"} (their JSON form) in workflow contexts
 * and webhook payloads, and users mean the amount, not the text.
 */
final class Numbers {
    /** Numerals only (no spaces, no hex, at most a 4-digit exponent, so text cannot expand into a huge number). */
    private static final Pattern NUMERAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d{1,4})?");
    private static final int MAX_NUMERAL_LENGTH = 100;
    private static final int MAX_POWER_DIGITS = 10_000;

    private Numbers() {
    }

    /** The number a value stands for, or null when it is not one. */
    static Number of(Object value) {
        return switch (value) {
            case Number n -> n;
            case CharSequence s when s.length() <= MAX_NUMERAL_LENGTH && NUMERAL.matcher(s).matches() ->
                    new BigDecimal(s.toString());
            case null, default -> null;
        };
    }

    /** An arithmetic operand: null counts as 0 (as in EL); anything that is not a number is an error. */
    static Number operand(Object value) {
        if (value == null) {
            return 0L;
        }
        Number n = of(value);
        if (n == null) {
            throw new IllegalArgumentException("cannot do arithmetic with " + describe(value));
        }
        return n;
    }

    static int compare(Number a, Number b) {
        if (isFloating(a) || isFloating(b)) {
            double x = a.doubleValue();
            double y = b.doubleValue();
            if (Double.isNaN(x) || Double.isNaN(y) || Double.isInfinite(x) || Double.isInfinite(y)) {
                return Double.compare(x, y);
            }
        }
        return decimal(a).compareTo(decimal(b));
    }

    enum Op { ADD, SUBTRACT, MULTIPLY, DIVIDE, REMAINDER }

    /**
     * EL's numeric rules, exact where it matters: a BigDecimal operand makes the result a BigDecimal, then floating
     * point wins, then integers (long, widened to BigInteger on overflow). Division of integers is floating point.
     */
    static Number apply(Op op, Number a, Number b) {
        if (a instanceof BigDecimal || b instanceof BigDecimal) {
            return decimalOp(op, decimal(a), decimal(b));
        }
        if (isFloating(a) || isFloating(b) || op == Op.DIVIDE && !(a instanceof BigInteger || b instanceof BigInteger)) {
            double x = a.doubleValue();
            double y = b.doubleValue();
            return switch (op) {
                case ADD -> x + y;
                case SUBTRACT -> x - y;
                case MULTIPLY -> x * y;
                case DIVIDE -> x / y;
                case REMAINDER -> x % y;
            };
        }
        if (op == Op.DIVIDE) {
            return decimalOp(op, decimal(a), decimal(b));
        }
        BigInteger result = switch (op) {
            case ADD -> integer(a).add(integer(b));
            case SUBTRACT -> integer(a).subtract(integer(b));
            case MULTIPLY -> integer(a).multiply(integer(b));
            default -> {
                if (integer(b).signum() == 0) {
                    throw new ArithmeticException("division by zero");
                }
                yield integer(a).remainder(integer(b));
            }
        };
        return result.bitLength() < 64 ? result.longValue() : result;
    }

    private static BigDecimal decimalOp(Op op, BigDecimal x, BigDecimal y) {
        if ((op == Op.DIVIDE || op == Op.REMAINDER) && y.signum() == 0) {
            throw new ArithmeticException("division by zero");
        }
        return switch (op) {
            case ADD -> x.add(y);
            case SUBTRACT -> x.subtract(y);
            case MULTIPLY -> x.multiply(y);
            case DIVIDE -> x.divide(y, MathContext.DECIMAL128).stripTrailingZeros();
            case REMAINDER -> x.remainder(y);
        };
    }

    /** {@code a ** b}: exact for whole exponents (bounded, so it cannot eat the CPU), floating point otherwise. */
    static Number power(Number base, Number exponent) {
        BigDecimal e = decimal(exponent);
        boolean whole = e.signum() == 0 || e.stripTrailingZeros().scale() <= 0;
        if (!whole || isFloating(base) || e.signum() < 0) {
            return Math.pow(base.doubleValue(), exponent.doubleValue());
        }
        BigDecimal b = decimal(base);
        int n = e.intValueExact();
        if ((long) Math.max(1, b.precision() - b.scale()) * n > MAX_POWER_DIGITS) {
            throw new ArithmeticException("power result too large");
        }
        BigDecimal result = b.pow(n);
        return base instanceof BigDecimal ? result : result.toBigIntegerExact().bitLength() < 64
                ? result.longValueExact() : result.toBigIntegerExact();
    }

    static BigDecimal decimal(Number n) {
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

    private static boolean isFloating(Number n) {
        return n instanceof Double || n instanceof Float;
    }

    /** How an operand is named in an error message (never its full text: it may be long). */
    static String describe(Object value) {
        if (value instanceof CharSequence s) {
            return "the text '" + (s.length() > 20 ? s.subSequence(0, 20) + "…" : s) + "'";
        }
        return value == null ? "null" : "a " + value.getClass().getSimpleName();
    }
}
