package rocket.adapters.expressions;

import java.time.temporal.Temporal;
import java.util.Date;
import java.util.function.IntPredicate;

/**
 * The dialects' operators where EL's own would throw or mislead: numbers and numeric text compare and compute as
 * numbers ({@code "500.00" < 1000}, {@code "12.50" + 1}); text compares as text; temporal values as instants. The
 * normaliser emits these (as {@code fn:equal}, {@code fn:less}, ...; EL reserves the short names) unless both operands are certainly numbers, where
 * EL's operators already do the right thing. Public because EL calls them reflectively.
 */
public final class Operators {
    private Operators() {
    }

    /** {@code ==}: numerically when a side is a number, else as text; null equals only null. */
    public static boolean equal(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a == null || b == null) {
            return false;
        }
        if (a instanceof Number || b instanceof Number) {
            Number x = Numbers.of(a);
            Number y = Numbers.of(b);
            return x != null && y != null && Numbers.compare(x, y) == 0;
        }
        if (isTemporal(a) || isTemporal(b)) {
            Long x = ElFunctions.date(a);
            return x != null && x.equals(ElFunctions.date(b));
        }
        return a.equals(b) || String.valueOf(a).equals(String.valueOf(b));
    }

    public static boolean less(Object a, Object b) {
        return order(a, b, c -> c < 0);
    }

    public static boolean lessEqual(Object a, Object b) {
        return order(a, b, c -> c <= 0);
    }

    public static boolean greater(Object a, Object b) {
        return order(a, b, c -> c > 0);
    }

    public static boolean greaterEqual(Object a, Object b) {
        return order(a, b, c -> c >= 0);
    }

    /** Numbers (and numeric text) by value, text by code point, temporal values by instant; null is never ordered. */
    private static boolean order(Object a, Object b, IntPredicate accept) {
        if (a == null || b == null) {
            return false;
        }
        Number x = Numbers.of(a);
        Number y = Numbers.of(b);
        if (x != null && y != null) {
            return accept.test(Numbers.compare(x, y));
        }
        if (isTemporal(a) || isTemporal(b)) {
            Long p = ElFunctions.date(a);
            Long q = ElFunctions.date(b);
            if (p != null && q != null) {
                return accept.test(Long.compare(p, q));
            }
        } else if (a instanceof CharSequence && b instanceof CharSequence) {
            return accept.test(a.toString().compareTo(b.toString()));
        }
        throw new IllegalArgumentException("cannot compare " + Numbers.describe(a) + " with " + Numbers.describe(b));
    }

    /**
     * {@code +}: adds when both sides are numbers or numeric text (null counts as 0), otherwise concatenates text
     * (a null side adds nothing).
     */
    public static Object plus(Object a, Object b) {
        boolean text = a instanceof CharSequence || b instanceof CharSequence || a instanceof Character
                || b instanceof Character;
        if (text && !(numericOrNull(a) && numericOrNull(b))) {
            return (a == null ? "" : String.valueOf(a)) + (b == null ? "" : String.valueOf(b));
        }
        return Numbers.apply(Numbers.Op.ADD, Numbers.operand(a), Numbers.operand(b));
    }

    public static Number minus(Object a, Object b) {
        return Numbers.apply(Numbers.Op.SUBTRACT, Numbers.operand(a), Numbers.operand(b));
    }

    public static Number times(Object a, Object b) {
        return Numbers.apply(Numbers.Op.MULTIPLY, Numbers.operand(a), Numbers.operand(b));
    }

    public static Number divide(Object a, Object b) {
        return Numbers.apply(Numbers.Op.DIVIDE, Numbers.operand(a), Numbers.operand(b));
    }

    public static Number remainder(Object a, Object b) {
        return Numbers.apply(Numbers.Op.REMAINDER, Numbers.operand(a), Numbers.operand(b));
    }

    public static Number negate(Object a) {
        return Numbers.apply(Numbers.Op.SUBTRACT, 0L, Numbers.operand(a));
    }

    /** {@code a ** b} (expr-lang's power operator). */
    public static Number pow(Object a, Object b) {
        return Numbers.power(Numbers.operand(a), Numbers.operand(b));
    }

    private static boolean numericOrNull(Object value) {
        return value == null || Numbers.of(value) != null;
    }

    private static boolean isTemporal(Object value) {
        return value instanceof Temporal || value instanceof Date;
    }
}
